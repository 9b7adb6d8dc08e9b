using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Handoff;

namespace NpsBot.Storage.Stores;

/// <summary>A customer's earlier surveys and cases (by customer id, every channel), newest first, for the handoff package.</summary>
public sealed class CustomerRecordsStore(IDbContextFactory<NpsBotDbContext> contexts) : ICustomerRecords
{
    public async Task<CustomerPast> EarlierAsync(string customerId, string responseKey, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var surveys = await context.SurveyResponses.AsNoTracking()
            .Where(r => r.CustomerId == customerId && r.ResponseKey != responseKey)
            .OrderByDescending(r => r.StartedAt)
            .Take(limit)
            .Select(r => new { r.StartedAt, r.Score, r.Theme, r.Outcome })
            .ToListAsync(cancellationToken);
        var cases = await context.Cases.AsNoTracking()
            .Where(c => c.CustomerId == customerId && c.ResponseKey != responseKey)
            .OrderByDescending(c => c.OpenedAt)
            .Take(limit)
            .Select(c => new { c.CaseKey, c.OpenedAt, c.Score, c.Theme, c.Status, c.ResolvedAt })
            .ToListAsync(cancellationToken);
        return new CustomerPast(
            [.. surveys.Select(s => new EarlierSurvey(SurveyResponseRows.Utc(s.StartedAt), s.Score, s.Theme, s.Outcome))],
            [.. cases.Select(c => new EarlierCase(
                c.CaseKey, SurveyResponseRows.Utc(c.OpenedAt), c.Score, c.Theme, c.Status, c.ResolvedAt is { } at ? SurveyResponseRows.Utc(at) : null))]);
    }
}
