using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Fatigue;

namespace NpsBot.Storage.Stores;

/// <summary>
/// A customer's history for survey fatigue: the opt-out of this channel identity, and (by customer id, on every channel)
/// the last survey started, whether a case is still open, and the last handoff.
/// </summary>
public sealed class CustomerHistoryStore(IDbContextFactory<NpsBotDbContext> contexts) : ICustomerHistory
{
    public async Task<CustomerHistory> ForAsync(string channelId, string customerId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var optedOut = await context.Customers.AsNoTracking()
            .AnyAsync(c => c.ChannelId == channelId && c.ChannelUserId == customerId && c.OptedOut, cancellationToken);
        var lastSurveyed = await context.SurveyResponses.AsNoTracking()
            .Where(r => r.CustomerId == customerId && r.Score != null)
            .MaxAsync(r => (DateTime?)r.StartedAt, cancellationToken);
        var cases = context.Cases.AsNoTracking().Where(c => c.CustomerId == customerId);
        var open = await cases.AnyAsync(c => c.Status != CaseStatus.Resolved && c.Status != CaseStatus.ClosedUnresolved, cancellationToken);
        var lastHandoff = await cases.Where(c => c.HandoffReason != null).MaxAsync(c => (DateTime?)c.OpenedAt, cancellationToken);
        return new CustomerHistory(optedOut, Utc(lastSurveyed), open, Utc(lastHandoff));
    }

    private static DateTimeOffset? Utc(DateTime? value) => value is { } at ? SurveyResponseRows.Utc(at) : null;
}
