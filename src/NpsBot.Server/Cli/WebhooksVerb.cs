using System.Globalization;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Server.Cli;

/// <summary>
/// `webhooks add --url URL [--events response.recorded,case.opened,handoff.requested,case.resolved,response.recovered]`
/// prints the new subscription's signing secret once; `webhooks list`; `webhooks remove ID`.
/// </summary>
public sealed class WebhooksVerb(IWebhookSubscriptions webhooks)
{
    public const string Name = "webhooks";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var action = args.Length > 1 ? args[1] : "list";
        switch (action)
        {
            case "add":
                if (!Uri.TryCreate(CommandLine.OptionOf(args, "--url"), UriKind.Absolute, out var url))
                {
                    await error.WriteLineAsync("webhooks add needs --url with an absolute http or https address.");
                    return 2;
                }

                var events = (CommandLine.OptionOf(args, "--events") ?? string.Join(',', WebhookEvents.All))
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                try
                {
                    var created = await webhooks.AddAsync(url, events, cancellationToken);
                    await output.WriteLineAsync(created.Secret);
                    await error.WriteLineAsync(
                        $"Subscription {created.Subscription.Id} added for {string.Join(',', created.Subscription.Events)}. " +
                        "The line above is its signing secret, shown only now (see README: Webhooks).");
                    return 0;
                }
                catch (ArgumentException e)
                {
                    await error.WriteLineAsync(e.Message);
                    return 2;
                }

            case "list":
                await output.WriteLineAsync("id\turl\tevents\tcreated\tstate");
                foreach (var w in await webhooks.ListAsync(cancellationToken))
                {
                    await output.WriteLineAsync(string.Join('\t', w.Id.ToString(CultureInfo.InvariantCulture), w.Url, string.Join(',', w.Events),
                        w.CreatedAt.ToString("u", CultureInfo.InvariantCulture), w.Active ? "active" : "removed"));
                }

                return 0;
            case "remove" when args.Length > 2 && long.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                if (await webhooks.RemoveAsync(id, cancellationToken))
                {
                    await output.WriteLineAsync($"Subscription {id} removed.");
                    return 0;
                }

                await error.WriteLineAsync($"No active subscription has id {id}.");
                return 1;
            default:
                await error.WriteLineAsync("Usage: webhooks add --url URL [--events a,b] | webhooks list | webhooks remove ID");
                return 2;
        }
    }
}
