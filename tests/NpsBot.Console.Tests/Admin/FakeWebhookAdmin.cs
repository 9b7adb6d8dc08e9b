using NpsBot.Console.Admin;

namespace NpsBot.Console.Tests.Admin;

/// <summary>Webhooks in memory: https only (as the host's guard), a secret per subscription, tests and disables recorded.</summary>
internal sealed class FakeWebhookAdmin : IWebhookAdmin
{
    public List<WebhookView> Hooks { get; } = [];

    public List<long> Tested { get; } = [];

    public IReadOnlyList<string> EventTypes { get; } = ["response.recorded", "case.opened", "handoff.requested", "case.resolved", "response.recovered"];

    public Task<IReadOnlyList<WebhookView>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<WebhookView>>([.. Hooks]);

    public Task<WebhookCreated> CreateAsync(string url, IReadOnlyList<string> events, CancellationToken cancellationToken)
    {
        if (!url.StartsWith("https://", StringComparison.Ordinal))
        {
            return Task.FromResult(new WebhookCreated(false, Error: "The URL must be an https address."));
        }

        var id = Hooks.Count + 1;
        Hooks.Add(new WebhookView(id, url, events, DateTimeOffset.UtcNow, true, []));
        return Task.FromResult(new WebhookCreated(true, id, $"whsec_secret{id}"));
    }

    public Task<bool> DisableAsync(long id, CancellationToken cancellationToken)
    {
        var index = Hooks.FindIndex(h => h.Id == id && h.Active);
        if (index >= 0)
        {
            Hooks[index] = Hooks[index] with { Active = false };
        }

        return Task.FromResult(index >= 0);
    }

    public Task<bool> SendTestAsync(long id, CancellationToken cancellationToken)
    {
        Tested.Add(id);
        return Task.FromResult(true);
    }
}
