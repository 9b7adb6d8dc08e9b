using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Work;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Stores;

/// <summary>
/// Changes response outcomes outside a turn (the "response.abandon" job), one conditional UPDATE each. A response
/// that became abandoned also commits, in the same transaction, the jobs <see cref="IOutsideTurnWork"/> makes of it
/// (the "response.recorded" webhook event when it has a score); one still in progress but answered since gets its next
/// check instead; a job that runs again changes nothing and adds none.
/// </summary>
public sealed class ResponseOutcomeStore(IDbContextFactory<NpsBotDbContext> contexts, IEnumerable<IOutsideTurnWork> outsideTurnWork) : IResponseOutcomes
{
    private readonly IOutsideTurnWork[] _outsideTurnWork = [.. outsideTurnWork];

    public async Task<bool> MarkAbandonedAsync(string responseKey, TimeSpan idleFor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var idleSince = (at - idleFor).UtcDateTime;
        var now = at.UtcDateTime;
        var changed = await context.SurveyResponses
            .Where(r => r.ResponseKey == responseKey && r.Outcome == SurveyOutcomes.InProgress && r.UpdatedAt <= idleSince)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Outcome, SurveyOutcomes.Abandoned).SetProperty(r => r.UpdatedAt, now).SetProperty(r => r.CompletedAt, now), cancellationToken);
        if (changed == 0)
        {
            await CheckAgainAfterLastAnswerAsync(context, responseKey, idleFor, at, cancellationToken);
        }
        else if (_outsideTurnWork.Length > 0)
        {
            var row = await context.SurveyResponses.AsNoTracking().FirstAsync(r => r.ResponseKey == responseKey, cancellationToken);
            IReadOnlyList<object> records = [SurveyResponseRows.ToResponse(row)];
            foreach (var follower in _outsideTurnWork)
            {
                await follower.AddAsync(context, records, at, cancellationToken);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    // Still in progress, so answered within idleFor: the next check is due idleFor after that answer.
    private static async Task CheckAgainAfterLastAnswerAsync(
        NpsBotDbContext context, string responseKey, TimeSpan idleFor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var lastAnswerAt = await context.SurveyResponses
            .Where(r => r.ResponseKey == responseKey && r.Outcome == SurveyOutcomes.InProgress)
            .Select(r => (DateTime?)r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastAnswerAt is { } last)
        {
            WorkQueueEntries.Add(context, AbandonResponseHandler.Request(responseKey, new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc)) + idleFor), at);
            await context.SaveChangesAsync(cancellationToken);
        }
    }
}
