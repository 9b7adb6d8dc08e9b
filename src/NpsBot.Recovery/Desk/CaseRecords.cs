using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Handoff;
using NpsBot.Recovery.Sla;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Desk;

/// <summary>
/// Puts a response's case on the turn: the case (the store keeps its status, clocks and opening time once written),
/// its events (opened, handed off, remedy chosen) and, when it opens, an SLA check at each deadline.
/// </summary>
internal static class CaseRecords
{
    public static SupportCase Write(
        TurnContext turn, SurveyResponse response, string? handoffReason, BusinessCalendar calendar, SlaOptions sla, DateTimeOffset now, CustomerPast past)
    {
        var isNew = response.CaseKey is null;
        var caseKey = response.CaseKey ?? $"case-{response.ResponseKey}";

        // The clocks start when the survey that opened the case started, so every turn computes the same deadlines.
        var openedAt = response.StartedAt;
        var firstContactDue = calendar.Add(openedAt, sla.FirstContact);
        var resolutionDue = calendar.Add(openedAt, sla.Resolution);
        var reasons = HandoffPackage.Split(response.EscalationReasons);
        var handoff = handoffReason ?? response.HandoffReason;
        var package = new HandoffPackage
        {
            Score = response.Score,
            Theme = response.Theme,
            ThemeGuess = response.ThemeGuess,
            ThemeChanged = response.ThemeChanged,
            Reason = response.Reason,
            FollowUpQuestion = response.FollowUpQuestion,
            FollowUpAnswer = response.FollowUpAnswer,
            RemediesOffered = HandoffPackage.Split(response.RemediesOffered),
            Remedy = response.Remedy,
            RemedyCode = response.RemedyCode,
            Sentiment = HandoffPackage.Rounded(response.Sentiment),
            SentimentOverTurns = [.. response.SentimentTrail.Select(s => HandoffPackage.Rounded(s) ?? s)],
            EscalationReasons = reasons,
            HandoffReason = handoff,
            FirstContactDue = firstContactDue,
            ResolutionDue = resolutionDue,
            CustomerId = response.CustomerId,
            Locale = response.Locale,
            EarlierSurveys = past.Surveys,
            EarlierCases = past.Cases,
        };
        var supportCase = new SupportCase
        {
            CaseKey = caseKey,
            ResponseKey = response.ResponseKey,
            ConversationKey = response.ConversationKey,
            ChannelId = response.ChannelId,
            CustomerId = response.CustomerId,
            Status = CaseStatus.Open,
            Priority = CasePriority.Of(response.Score, reasons, response.Theme, handoff is not null),
            Score = response.Score,
            Theme = response.Theme,
            EscalationReasons = response.EscalationReasons,
            HandoffReason = handoff,
            RemediesOffered = response.RemediesOffered,
            Remedy = response.Remedy,
            OpenedAt = openedAt,
            FirstContactDue = firstContactDue,
            ResolutionDue = resolutionDue,
            UpdatedAt = now,
        };
        supportCase = supportCase with { PackageJson = HandoffPackage.Stored(package, supportCase, response) };
        turn.AddRecord(supportCase);
        if (isNew)
        {
            turn.AddRecord(new CaseEvent(caseKey, CaseEventKinds.Opened, CaseEvent.BotActor, now, $"score {response.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"));
            turn.Schedule(SlaCheckHandler.Request(caseKey, SlaClocks.FirstContact, firstContactDue));
            turn.Schedule(SlaCheckHandler.Request(caseKey, SlaClocks.Resolution, resolutionDue));
        }

        if (handoffReason is not null)
        {
            turn.AddRecord(new CaseEvent(caseKey, CaseEventKinds.HandedOff, CaseEvent.BotActor, now, handoffReason));
        }

        if (response.Remedy is { } remedy && SurveyOutcomes.IsFinal(response.Outcome))
        {
            var detail = response.RemedyCode is { } code ? $"{remedy}: {code}" : remedy;
            turn.AddRecord(new CaseEvent(caseKey, CaseEventKinds.RemedyChosen, CaseEvent.BotActor, now, detail));
        }

        return supportCase;
    }
}
