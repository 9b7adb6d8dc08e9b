using Microsoft.EntityFrameworkCore;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Stores;

/// <summary>Changes response outcomes outside a turn (the "response.abandon" job), one conditional UPDATE each.</summary>
public sealed class ResponseOutcomeStore(IDbContextFactory<NpsBotDbContext> contexts) : IResponseOutcomes
{
    public async Task<bool> MarkAbandonedAsync(string responseKey, DateTimeOffset lastAnswerAt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var last = lastAnswerAt.UtcDateTime;
        var now = at.UtcDateTime;
        var changed = await context.SurveyResponses
            .Where(r => r.ResponseKey == responseKey && r.Outcome == SurveyOutcomes.InProgress && r.UpdatedAt <= last)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Outcome, SurveyOutcomes.Abandoned).SetProperty(r => r.UpdatedAt, now).SetProperty(r => r.CompletedAt, now), cancellationToken);
        return changed > 0;
    }
}
