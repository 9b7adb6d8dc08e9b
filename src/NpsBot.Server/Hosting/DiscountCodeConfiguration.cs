using NpsBot.Recovery;
using NpsBot.Recovery.Playbooks;
using NpsBot.Storage.Stores;

namespace NpsBot.Server.Hosting;

/// <summary>
/// Adds the discount codes listed in configuration (<c>Recovery:DiscountCodes:POOL</c>) to their pools at start-up;
/// codes already there are left as they are (handed out or not), so a restart adds nothing twice.
/// </summary>
public static class DiscountCodeConfiguration
{
    public static async Task ImportAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<RecoveryOptions>();
        if (options.DiscountCodes.Count == 0)
        {
            return;
        }

        var pools = app.Services.GetRequiredService<PlaybookCatalog>().Remedies.Values.Select(r => r.Pool).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var store = app.Services.GetRequiredService<DiscountCodePoolStore>();
        foreach (var (pool, codes) in options.DiscountCodes)
        {
            if (!pools.Contains(pool))
            {
                throw new InvalidOperationException($"Recovery:DiscountCodes:{pool}: no remedy in playbooks.yaml draws from a pool named '{pool}'.");
            }

            var added = await store.ImportAsync(pool, codes, cancellationToken);
            if (added > 0)
            {
                app.Logger.LogInformation("Added {Count} discount code(s) from configuration to pool {Pool}.", added, pool);
            }
        }
    }
}
