using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Recovery.Integrations;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// The data of each event: ids, figures and the redacted text the database holds; never the customer's name or raw
/// words. Event ids are "{type}:{key}", the same for every repeat of the same fact.
/// </summary>
public static class WebhookPayloads
{
    /// <summary>A survey response with its score, once it ended: completed, abandoned or stopped after the score.</summary>
    public static WebhookEvent ResponseRecorded(SurveyResponse response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        return WebhookEvent.Of($"{WebhookEvents.ResponseRecorded}:{response.ResponseKey}", WebhookEvents.ResponseRecorded, response.CompletedAt ?? now, new
        {
            response.ResponseKey,
            response.ChannelId,
            response.Locale,
            response.Score,
            Category = response.Category is { } category ? InsightsFilterParser.BandName(category) : null,
            response.Outcome,
            response.Theme,
            ThemeSource = response.ConfirmedTheme is not null ? ThemeSources.CustomerConfirmed : response.ThemeGuess is not null ? ThemeSources.Model : null,
            response.Reason,
            response.FollowUpQuestion,
            response.FollowUpAnswer,
            response.WantsContact,
            response.Remedy,
            response.CaseKey,
            response.FollowUpOfCaseKey,
            response.EventId,
            response.StartedAt,
            response.CompletedAt,
        });
    }

    /// <summary>A re-survey of a closed case that scored 7 or more (<see cref="IsRecovery"/>): the case and both scores.</summary>
    public static WebhookEvent ResponseRecovered(SurveyResponse followUp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return WebhookEvent.Of($"{WebhookEvents.ResponseRecovered}:{followUp.ResponseKey}", WebhookEvents.ResponseRecovered, followUp.CompletedAt ?? now, new
        {
            CaseKey = followUp.FollowUpOfCaseKey,
            followUp.ResponseKey,
            followUp.ChannelId,
            followUp.Score,
            Category = followUp.Category is { } category ? InsightsFilterParser.BandName(category) : null,
            followUp.CompletedAt,
        });
    }

    /// <summary>A completed re-survey of a case whose score is no longer a detractor's (7 or more, as the recovery funnel counts it).</summary>
    public static bool IsRecovery(SurveyResponse response) =>
        response is { FollowUpOfCaseKey: not null, Outcome: SurveyOutcomes.Completed, Category: NpsCategory.Passive or NpsCategory.Promoter };

    public static WebhookEvent CaseOpened(SupportCase supportCase, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        return WebhookEvent.Of($"{WebhookEvents.CaseOpened}:{supportCase.CaseKey}", WebhookEvents.CaseOpened, at, new
        {
            supportCase.CaseKey,
            supportCase.ResponseKey,
            supportCase.ChannelId,
            supportCase.Priority,
            supportCase.Score,
            supportCase.Theme,
            supportCase.EscalationReasons,
            supportCase.HandoffReason,
            supportCase.OpenedAt,
            supportCase.FirstContactDue,
            supportCase.ResolutionDue,
        });
    }

    /// <summary>The customer was handed over to a person: why, and the deadline of the first human contact.</summary>
    public static WebhookEvent HandoffRequested(CaseEvent handedOff, SupportCase? supportCase)
    {
        ArgumentNullException.ThrowIfNull(handedOff);
        return WebhookEvent.Of($"{WebhookEvents.HandoffRequested}:{handedOff.CaseKey}:{handedOff.At.ToUnixTimeMilliseconds()}", WebhookEvents.HandoffRequested, handedOff.At, new
        {
            handedOff.CaseKey,
            supportCase?.ResponseKey,
            supportCase?.ChannelId,
            Reason = handedOff.Detail,
            supportCase?.Priority,
            supportCase?.Score,
            supportCase?.Theme,
            supportCase?.EscalationReasons,
            RequestedAt = handedOff.At,
            supportCase?.FirstContactDue,
        });
    }

    /// <summary>For the turn that resolves a case, and for the desk when an agent resolves one (<see cref="WebhookEventsOutsideTurns"/>).</summary>
    public static WebhookEvent CaseResolved(string caseKey, SupportCase? supportCase, DateTimeOffset at) =>
        WebhookEvent.Of($"{WebhookEvents.CaseResolved}:{caseKey}", WebhookEvents.CaseResolved, at, new
        {
            CaseKey = caseKey,
            supportCase?.ResponseKey,
            Status = CaseStatus.Resolved,
            ResolvedAt = at,
            supportCase?.Remedy,
            supportCase?.Assignee,
        });
}
