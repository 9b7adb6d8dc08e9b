using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Handoff;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// Everything the console shows about a case: the transcript (raw text only for the agent who holds the case), the
/// response, events, earlier surveys, the remedies with their policy, and the summary and suggested reply (suggestions
/// only: the desk never sends them).
/// </summary>
public sealed partial class AgentWorkspace
{
    public async Task<CaseDetail?> OpenAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var row = await store.FindAsync(caseKey, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var c = row.Case;
        var holds = c.Assignee == agent.UserId && !CaseStatus.IsClosed(c.Status);
        var header = Entry(row, clock.GetUtcNow());
        var stored = await store.TranscriptAsync(c.ConversationKey, withRawText: holds, cancellationToken);
        var events = await store.EventsAsync(caseKey, cancellationToken);
        var transcript = Transcript(stored, events);
        var redacted = Transcript(stored.Select(line => line with { RawText = null }).ToList(), events);
        var response = await store.ResponseAsync(c.ResponseKey, cancellationToken);
        var earlier = c.CustomerId is null ? [] : await store.EarlierSurveysAsync(c.CustomerId, c.ResponseKey, cancellationToken);
        var package = HandoffPackage.Of(c, response);
        var locale = header.Locale;
        var (summary, reply) = await SuggestionsAsync(header, c, redacted, row.CustomerName, locale, cancellationToken);
        return new CaseDetail(
            header,
            response?.Reason ?? package?.Reason,
            response?.FollowUpAnswer ?? package?.FollowUpAnswer,
            response?.ConfirmedTheme,
            response?.ThemeGuess ?? package?.ThemeGuess,
            c.HandoffReason,
            HandoffPackage.Split(c.RemediesOffered),
            c.Remedy,
            row.ConversationMode == Conversations.Runner.ConversationModes.Agent,
            transcript,
            [.. events.Where(e => e.Kind != DeskEventKinds.Note).Select(e => new CaseEventView(e.At, e.Kind, e.Actor, e.Detail))],
            earlier,
            Remedies(c, locale),
            summary,
            reply);
    }

    /// <summary>Customer, bot and agent lines in order, with the internal notes among them.</summary>
    private static List<TranscriptLine> Transcript(IReadOnlyList<StoredLine> stored, IReadOnlyList<CaseEvent> events)
    {
        var lines = new List<TranscriptLine>();
        foreach (var line in stored)
        {
            if (TranscriptRoles.Of(line) is not { } role)
            {
                continue;
            }

            var text = line.RawText ?? line.Text ?? "";
            var redacted = line.RawText is null && line.Text is not null;
            lines.Add(new TranscriptLine(line.At, role, role == TranscriptRoles.Customer ? null : line.FromName, text, redacted));
        }

        lines.AddRange(events.Where(e => e.Kind == DeskEventKinds.Note).Select(e => new TranscriptLine(e.At, TranscriptRoles.Note, e.Actor, e.Detail ?? "", true)));
        return [.. lines.OrderBy(line => line.At)];
    }

    private List<RemedyChoice> Remedies(SupportCase supportCase, string locale)
    {
        var language = playbooks.LocaleOf(locale);
        return [.. playbooks.Remedies.Values
            .Select(remedy => new RemedyChoice(remedy.Code, remedy.Title.GetValueOrDefault(language) ?? remedy.Code, WithinPolicy(supportCase, remedy.Code)))
            .OrderByDescending(choice => choice.WithinPolicy)];
    }

    /// <summary>The model's summary and reply when one is configured and answers; otherwise the extractive summary and the playbook's acknowledgement.</summary>
    private async Task<(string Summary, string Reply)> SuggestionsAsync(
        QueueEntry header, SupportCase supportCase, IReadOnlyList<TranscriptLine> redacted, string? customerName, string locale, CancellationToken cancellationToken)
    {
        var text = string.Join('\n', redacted.Where(l => l.Role != TranscriptRoles.Note).Select(l => $"{l.Role}: {l.Text}"));
        var summary = await suggestions.SummarizeAsync(text, locale, cancellationToken)
            ?? ExtractiveSummary.Of(header, supportCase.HandoffReason, supportCase.Remedy, redacted);
        var firstName = customerName?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var reply = await suggestions.SuggestReplyAsync(text, supportCase.Theme, locale, cancellationToken)
            ?? (desk.IsEnabled ? desk.Acknowledge(supportCase.Theme ?? "other", locale, firstName, supportCase.CaseKey) : "");
        return (summary, reply);
    }
}
