namespace NpsBot.Server.Cli;

/// <summary>Runs a CLI verb with the fully built host's services (same configuration, database and models as the server).</summary>
public static class VerbRunner
{
    public static async Task<int> RunVerbAsync(this WebApplication app, string verb, string[] args)
    {
        using var stopping = new CancellationTokenSource();
        System.Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
        switch (verb)
        {
            case "chat":
                var chat = ActivatorUtilities.CreateInstance<ChatVerb>(app.Services);
                return await chat.RunAsync(System.Console.In, System.Console.Out, CommandLine.OptionOf(args, "--name"), stopping.Token);
            case "dead-letters":
                var deadLetters = ActivatorUtilities.CreateInstance<DeadLettersVerb>(app.Services);
                return await deadLetters.RunAsync(CommandLine.OptionOf(args, "--retry"), System.Console.Out, System.Console.Error, stopping.Token);
            case ForgetCustomerVerb.Name:
                var forget = ActivatorUtilities.CreateInstance<ForgetCustomerVerb>(app.Services);
                return await forget.RunAsync(args, System.Console.Out, System.Console.Error, stopping.Token);
            case SurveySendVerb.Name:
                var send = ActivatorUtilities.CreateInstance<SurveySendVerb>(app.Services);
                return await send.RunAsync(args, System.Console.Out, System.Console.Error, stopping.Token);
            case ApiKeysVerb.Name:
                var apiKeys = ActivatorUtilities.CreateInstance<ApiKeysVerb>(app.Services);
                return await apiKeys.RunAsync(args, System.Console.Out, System.Console.Error, stopping.Token);
            case WebhooksVerb.Name:
                var webhooks = ActivatorUtilities.CreateInstance<WebhooksVerb>(app.Services);
                return await webhooks.RunAsync(args, System.Console.Out, System.Console.Error, stopping.Token);
            case DiscountCodesVerb.Name:
                var discountCodes = ActivatorUtilities.CreateInstance<DiscountCodesVerb>(app.Services);
                return await discountCodes.RunAsync(args, System.Console.Out, System.Console.Error, stopping.Token);
            case UsersVerb.Name:
                var users = ActivatorUtilities.CreateInstance<UsersVerb>(app.Services);
                return await users.RunAsync(args, System.Console.In, System.Console.Out, System.Console.Error, stopping.Token);
            case SeedDemo.SeedDemoVerb.Name:
                var seedDemo = ActivatorUtilities.CreateInstance<SeedDemo.SeedDemoVerb>(app.Services);
                return await seedDemo.RunAsync(args, System.Console.Out, System.Console.Error, stopping.Token);
            default:
                await System.Console.Error.WriteLineAsync($"Unknown verb '{verb}'. Verbs: chat, dead-letters, forget-customer, survey-send, api-keys, webhooks, discount-codes, users, seed-demo. Without a verb the server starts.");
                return 2;
        }
    }
}
