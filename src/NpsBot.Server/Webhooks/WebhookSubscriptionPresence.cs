using Microsoft.EntityFrameworkCore;
using NpsBot.Storage;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// Whether any webhook subscription is active, known without a query on nearly every turn: <see cref="WebhookEventsBot"/>
/// queues no "webhook.event" job while there is none (most installations), so a completed survey costs neither a work
/// item nor the fan-out's query.
/// <list type="bullet">
/// <item>The answer is kept for <c>Webhooks:PresenceRefresh</c> (1 s), then read again with one indexed query
/// (at most one per period per instance, and only on turns that have an event).</item>
/// <item>A subscription added or removed through this instance (<see cref="WebhookSubscriptionService"/>) bumps a version
/// at once, after its commit: the next event is checked against the database. A read that was under way when the version
/// moved is not kept, and its turn queues the job anyway (the fan-out then reads the subscriptions as always).</item>
/// <item>A subscription added through another instance or the <c>webhooks</c> CLI verb (another process) is seen within
/// the refresh period: events decided in that window are not sent to it. An event decided before a subscription was
/// saved is not sent to it either, as before.</item>
/// </list>
/// Hand-written (a few lines): a memory cache would not know about the version.
/// </summary>
public sealed class WebhookSubscriptionPresence(IDbContextFactory<NpsBotDbContext> contexts, IConfiguration configuration)
{
    private readonly long _refreshMs = (long)configuration.GetValue("Webhooks:PresenceRefresh", TimeSpan.FromSeconds(1)).TotalMilliseconds;
    private long _version;
    private Known? _known;

    /// <summary>
    /// True when the kept answer (fresh, and no change since) is that none is active: a turn then need not even build its
    /// events' payloads. False when a subscription may be active or the answer must be read again.
    /// </summary>
    public bool KnownNone => Fresh(Volatile.Read(ref _known), Interlocked.Read(ref _version), Environment.TickCount64) is { Any: false };

    /// <summary>True when a subscription may be active (then the event is queued and the fan-out decides who gets it).</summary>
    public async ValueTask<bool> AnyActiveAsync(CancellationToken cancellationToken)
    {
        var version = Interlocked.Read(ref _version);
        var now = Environment.TickCount64;
        if (Fresh(Volatile.Read(ref _known), version, now) is { } known)
        {
            return known.Any;
        }

        bool any;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            any = await context.WebhookSubscriptions.AnyAsync(w => w.DisabledAt == null, cancellationToken);
        }

        if (Interlocked.Read(ref _version) != version)
        {
            return true;
        }

        Volatile.Write(ref _known, new Known(version, any, now));
        return any;
    }

    private Known? Fresh(Known? known, long version, long now) =>
        known is not null && known.Version == version && now - known.ReadAt < _refreshMs ? known : null;

    /// <summary>Call after a subscription was added or removed and committed.</summary>
    public void Changed() => Interlocked.Increment(ref _version);

    private sealed record Known(long Version, bool Any, long ReadAt);
}
