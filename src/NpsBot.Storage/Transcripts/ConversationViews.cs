using Microsoft.EntityFrameworkCore;
using StoredLine = NpsBot.Recovery.Agents.StoredLine;
using TranscriptRoles = NpsBot.Recovery.Agents.TranscriptRoles;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Insights;
using NpsBot.Storage.Stores;
using NpsBot.Storage.Themes;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// <see cref="IConversationViews"/>: the response row, the redacted transcript lines of its survey (a conversation that
/// held several surveys is cut at the neighbouring surveys' start), its case with the case's events, and its theme labels.
/// </summary>
public sealed class ConversationViews(IDbContextFactory<NpsBotDbContext> contexts) : IConversationViews
{
    public async Task<ConversationView?> FindAsync(long responseId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var projection = await ResponseProjection.From(context, context.SurveyResponses.Where(r => r.Id == responseId)).FirstOrDefaultAsync(cancellationToken);
        if (projection is null)
        {
            return null;
        }

        var response = await context.SurveyResponses.AsNoTracking().Where(r => r.Id == responseId)
            .Select(r => new { r.ConversationKey, r.StartedAt, r.ResponseKey }).FirstAsync(cancellationToken);
        var transcript = await TranscriptAsync(context, responseId, response.ConversationKey, response.StartedAt, cancellationToken);
        var supportCase = response.ResponseKey is null ? null : await CaseAsync(context, response.ResponseKey, cancellationToken);
        var labels = await ThemeLabelReads.ForResponseAsync(context, responseId, cancellationToken);
        return new ConversationView(projection.ToRow(), transcript, supportCase, labels);
    }

    private static async Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(
        NpsBotDbContext context, long responseId, string conversationKey, DateTime startedAt, CancellationToken cancellationToken)
    {
        var others = context.SurveyResponses.AsNoTracking().Where(r => r.ConversationKey == conversationKey && r.Id != responseId);
        var previous = await others.Where(r => r.Id < responseId).AnyAsync(cancellationToken);
        var next = await others.Where(r => r.Id > responseId).OrderBy(r => r.Id).Select(r => (DateTime?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        // The whole conversation is read (a line may borrow from the one before it), then cut to this survey.
        var rows = await TranscriptLines.ReadAsync(context, conversationKey, cancellationToken);
        var transcript = new List<TranscriptLine>(rows.Count);
        foreach (var row in rows)
        {
            if ((previous && row.At < startedAt) || (next is { } until && row.At >= until))
            {
                continue;
            }

            var at = SurveyResponseRows.Utc(row.At);
            var speaker = TranscriptRoles.Of(new StoredLine(row.Direction, row.ActivityId, row.Type, row.Text, null, row.FromName, at));
            if (speaker is not null && !string.IsNullOrEmpty(row.Text))
            {
                transcript.Add(new TranscriptLine(at, speaker, speaker == TranscriptRoles.Agent ? row.FromName : null, row.Text));
            }
        }

        return transcript;
    }

    private static async Task<CaseView?> CaseAsync(NpsBotDbContext context, string responseKey, CancellationToken cancellationToken)
    {
        var found = await context.Cases.AsNoTracking().Where(c => c.ResponseKey == responseKey).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.CaseKey, c.Status, c.Priority, c.Assignee, c.AssigneeName, c.Remedy, c.RootCause, c.ActionTaken })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var events = await context.CaseEvents.AsNoTracking().Where(e => e.CaseId == found.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.At, e.Kind, e.Actor, e.Detail })
            .ToListAsync(cancellationToken);
        return new CaseView(
            found.CaseKey,
            found.Status,
            PriorityName(found.Priority),
            found.AssigneeName ?? found.Assignee,
            found.Remedy,
            found.RootCause,
            found.ActionTaken,
            [.. events.Select(e => new CaseEventView(SurveyResponseRows.Utc(e.At), e.Kind, e.Actor, e.Detail))]);
    }

    private static string PriorityName(int priority) => priority switch
    {
        CasePriority.Urgent => "urgent",
        CasePriority.High => "high",
        CasePriority.Normal => "normal",
        CasePriority.Low => "low",
        _ => priority.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
