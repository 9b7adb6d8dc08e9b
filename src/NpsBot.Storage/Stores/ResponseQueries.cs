using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Stores;

/// <summary>Read side for dashboards and tests: response counts, latest responses, NPS over a period, transcripts.</summary>
public sealed class ResponseQueries(IDbContextFactory<NpsBotDbContext> contexts)
{
    /// <summary>Responses last answered in [from, to) (in progress or ended); the whole table when both are null.</summary>
    public async Task<int> CountAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await InPeriod(context, from, to).CountAsync(cancellationToken);
    }

    /// <summary>The most recently answered responses, newest first.</summary>
    public async Task<IReadOnlyList<SurveyResponse>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.SurveyResponses.AsNoTracking()
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(SurveyResponseRows.ToResponse)];
    }

    /// <summary>Promoters, passives and detractors among the responses answered in [from, to): a score counts from the moment it is given.</summary>
    public async Task<NpsCounts> NpsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await InPeriod(context, from, to)
            .Where(r => r.Category != null)
            .GroupBy(r => r.Category)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Category!.Value, g => g.Count, cancellationToken);
        return new NpsCounts(
            counts.GetValueOrDefault(NpsCategory.Promoter),
            counts.GetValueOrDefault(NpsCategory.Passive),
            counts.GetValueOrDefault(NpsCategory.Detractor));
    }

    /// <summary>A conversation's transcript in the order it happened.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> TranscriptAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Transcripts.TranscriptLines.ReadAsync(context, conversationKey, cancellationToken);
        return [.. rows.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new TranscriptEntry(
            t.Direction, t.ActivityId, t.Type, t.Text, t.FromId, t.FromName, SurveyResponseRows.Utc(t.At)))];
    }

    private static IQueryable<Entities.SurveyResponseRecord> InPeriod(NpsBotDbContext context, DateTimeOffset? from, DateTimeOffset? to)
    {
        var query = context.SurveyResponses.AsNoTracking();
        if (from is { } start)
        {
            var utc = start.UtcDateTime;
            query = query.Where(r => r.UpdatedAt >= utc);
        }

        if (to is { } end)
        {
            var utc = end.UtcDateTime;
            query = query.Where(r => r.UpdatedAt < utc);
        }

        return query;
    }
}
