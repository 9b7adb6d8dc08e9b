namespace NpsBot.Server.Cli;

/// <summary>Runs a CLI verb with the fully built host's services (same configuration, database and models as the server).</summary>
public static class VerbRunner
{
    public static async Task<int> RunVerbAsync(this WebApplication app, string verb, string[] args)
    {
        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
        switch (verb)
        {
            case "chat":
                var chat = ActivatorUtilities.CreateInstance<ChatVerb>(app.Services);
                return await chat.RunAsync(Console.In, Console.Out, CommandLine.OptionOf(args, "--name"), stopping.Token);
            case "dead-letters":
                var deadLetters = ActivatorUtilities.CreateInstance<DeadLettersVerb>(app.Services);
                return await deadLetters.RunAsync(CommandLine.OptionOf(args, "--retry"), Console.Out, Console.Error, stopping.Token);
            case ForgetCustomerVerb.Name:
                var forget = ActivatorUtilities.CreateInstance<ForgetCustomerVerb>(app.Services);
                return await forget.RunAsync(args, Console.Out, Console.Error, stopping.Token);
            case SurveySendVerb.Name:
                var send = ActivatorUtilities.CreateInstance<SurveySendVerb>(app.Services);
                return await send.RunAsync(args, Console.Out, Console.Error, stopping.Token);
            case ApiKeysVerb.Name:
                var apiKeys = ActivatorUtilities.CreateInstance<ApiKeysVerb>(app.Services);
                return await apiKeys.RunAsync(args, Console.Out, Console.Error, stopping.Token);
            case WebhooksVerb.Name:
                var webhooks = ActivatorUtilities.CreateInstance<WebhooksVerb>(app.Services);
                return await webhooks.RunAsync(args, Console.Out, Console.Error, stopping.Token);
            case DiscountCodesVerb.Name:
                var discountCodes = ActivatorUtilities.CreateInstance<DiscountCodesVerb>(app.Services);
                return await discountCodes.RunAsync(args, Console.Out, Console.Error, stopping.Token);
            default:
                await Console.Error.WriteLineAsync($"Unknown verb '{verb}'. Verbs: chat, dead-letters, forget-customer, survey-send, api-keys, webhooks, discount-codes. Without a verb the server starts.");
                return 2;
        }
    }
}
