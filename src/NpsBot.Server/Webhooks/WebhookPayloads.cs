using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Recovery.Integrations;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// The data of each event: ids, figures and the redacted text the database holds; never the customer's name or raw
/// words. Event ids are "{type}:{key}", the same for every repeat of the same fact.
/// </summary>
public static class WebhookPayloads
{
    public static WebhookEvent ResponseCompleted(SurveyResponse response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        return WebhookEvent.Of($"{WebhookEvents.ResponseCompleted}:{response.ResponseKey}", WebhookEvents.ResponseCompleted, response.CompletedAt ?? now, new
        {
            response.ResponseKey,
            response.ChannelId,
            response.Locale,
            response.Score,
            Category = response.Category is { } category ? InsightsFilterParser.BandName(category) : null,
            response.Theme,
            ThemeSource = response.ConfirmedTheme is not null ? ThemeSources.CustomerConfirmed : response.ThemeGuess is not null ? ThemeSources.Model : null,
            response.Reason,
            response.FollowUpQuestion,
            response.FollowUpAnswer,
            response.WantsContact,
            response.Remedy,
            response.CaseKey,
            response.EventId,
            response.StartedAt,
            response.CompletedAt,
        });
    }

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

    /// <summary>For the turn that resolves a case, and for the desk when an agent resolves one (with <see cref="WebhookEventJobs.Add"/>).</summary>
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
