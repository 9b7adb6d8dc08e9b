using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Privacy;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// Subscriptions: an https URL that resolves to public addresses only (<see cref="WebhookTargetGuard"/>), known events, a new 256-bit secret (<c>whsec_…</c>) shown once and kept
/// encrypted with Data Protection (signing needs it back, so it cannot be hashed).
/// </summary>
public sealed class WebhookSubscriptionService(
    IDbContextFactory<NpsBotDbContext> contexts, IDataProtectionProvider protection, WebhookTargetGuard guard, TimeProvider clock,
    WebhookSubscriptionPresence presence)
    : IWebhookSubscriptions
{
    private readonly IDataProtector _protector = protection.CreateProtector(DataProtectionPurposes.Webhooks);

    public async Task<CreatedWebhook> AddAsync(Uri url, IReadOnlyList<string> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(events);
        // The stored form is the escaped one (AbsoluteUri): "é" becomes "%C3%A9", six times as long as typed.
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || Math.Max(url.OriginalString.Length, url.AbsoluteUri.Length) > 2048)
        {
            throw new ArgumentException("The URL must be an absolute http or https address of at most 2048 characters.", nameof(url));
        }

        if (await guard.RefusalAsync(url, cancellationToken) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(url));
        }

        var unknown = events.Where(e => !WebhookEvents.All.Contains(e)).ToList();
        if (events.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Events must be some of {string.Join(", ", WebhookEvents.All)}.", nameof(events));
        }

        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var row = new WebhookSubscriptionRecord
        {
            Url = url.AbsoluteUri,
            Events = string.Join(',', events.Distinct(StringComparer.Ordinal)),
            ProtectedSecret = _protector.Protect(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.WebhookSubscriptions.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        presence.Changed();
        return new CreatedWebhook(Describe(row), secret);
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.WebhookSubscriptions.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(Describe)];
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await context.WebhookSubscriptions.Where(w => w.Id == id && w.DisabledAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.DisabledAt, now), cancellationToken) > 0;
        presence.Changed();
        return removed;
    }

    /// <summary>The secret of a subscription, for signing.</summary>
    public string SecretOf(WebhookSubscriptionRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _protector.Unprotect(row.ProtectedSecret);
    }

    private static WebhookSubscription Describe(WebhookSubscriptionRecord row) => new(
        row.Id, new Uri(row.Url), row.Events.Split(',', StringSplitOptions.RemoveEmptyEntries),
        new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc)), row.DisabledAt is null);
}
