using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Work;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Stores;

/// <summary>
/// Changes response outcomes outside a turn (the "response.abandon" job), one conditional UPDATE each. A response
/// that became abandoned also commits, in the same transaction, the jobs <see cref="IOutsideTurnWork"/> makes of it
/// (the "response.recorded" webhook event when it has a score); a job that runs again changes nothing and adds none.
/// </summary>
public sealed class ResponseOutcomeStore(IDbContextFactory<NpsBotDbContext> contexts, IEnumerable<IOutsideTurnWork> outsideTurnWork) : IResponseOutcomes
{
    private readonly IOutsideTurnWork[] _outsideTurnWork = [.. outsideTurnWork];

    public async Task<bool> MarkAbandonedAsync(string responseKey, DateTimeOffset lastAnswerAt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var last = lastAnswerAt.UtcDateTime;
        var now = at.UtcDateTime;
        var changed = await context.SurveyResponses
            .Where(r => r.ResponseKey == responseKey && r.Outcome == SurveyOutcomes.InProgress && r.UpdatedAt <= last)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Outcome, SurveyOutcomes.Abandoned).SetProperty(r => r.UpdatedAt, now).SetProperty(r => r.CompletedAt, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        if (_outsideTurnWork.Length > 0)
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
        return true;
    }
}
