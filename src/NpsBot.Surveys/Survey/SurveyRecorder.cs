using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// Turns a survey's progress into the <see cref="SurveyResponse"/> stored with the turn. Called from the moment the score
/// is known and after every answer; while the survey is in progress it also schedules the "response.abandon" job that
/// marks the row abandoned if the customer goes quiet for <see cref="SurveyOptions.AbandonAfter"/>.
/// </summary>
public sealed class SurveyRecorder(SurveyOptions options)
{
    /// <summary>Builds the response and adds it to the turn (see <see cref="Build"/> and <see cref="Add"/>).</summary>
    public SurveyResponse Record(TurnContext turn, SurveyProgress progress, string outcome)
    {
        var response = Build(turn, progress, outcome);
        Add(turn, response);
        return response;
    }

    /// <summary>The response as the progress stands, not yet added to the turn.</summary>
    public static SurveyResponse Build(TurnContext turn, SurveyProgress progress, string outcome)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(progress);
        var activity = turn.Activity;
        var now = turn.Clock.GetUtcNow();
        var category = progress.Score is { } given ? new NpsScore(given).Category : (NpsCategory?)null;
        var response = new SurveyResponse
        {
            ResponseKey = progress.ResponseKey,
            ConversationKey = turn.ConversationKey ?? throw new InvalidOperationException("The turn has no conversation key; the runner sets it."),
            ChannelId = activity.ChannelId ?? string.Empty,
            CustomerId = progress.CustomerId,
            CustomerName = progress.CustomerName,
            Locale = progress.Locale,
            Score = progress.Score,
            Category = category,
            Reason = progress.Reason,
            FollowUpQuestion = progress.FollowUpQuestion,
            FollowUpAnswer = progress.FollowUpAnswer,
            WantsContact = progress.WantsContact,
            Theme = progress.ConfirmedTheme ?? progress.ThemeGuess,
            ThemeConfidence = progress.ThemeConfidence,
            ThemeGuess = progress.ThemeGuess,
            ConfirmedTheme = progress.ConfirmedTheme,
            ThemeChanged = progress.ConfirmedTheme is { } confirmed && progress.ThemeGuess is { } guess ? confirmed != guess : null,
            ThemeGuessSource = progress.ThemeGuessSource,
            ThemeModelVersion = progress.ThemeModelVersion,
            ThemeEvidence = progress.ThemeEvidence,
            Sentiment = progress.Sentiment,
            SentimentTrail = progress.SentimentTrail,
            EscalationReasons = Join(progress.EscalationReasons),
            RemediesOffered = Join(progress.RemediesOffered),
            Remedy = progress.Remedy,
            RemedyCode = progress.RemedyCode,
            HandoffReason = progress.HandoffReason,
            CaseKey = progress.CaseKey,
            FollowUpOfCaseKey = progress.FollowUpOfCase,
            EventId = progress.EventId,
            Outcome = outcome,
            StartedAt = progress.StartedAt,
            UpdatedAt = now,
            CompletedAt = SurveyOutcomes.IsFinal(outcome) ? now : null,
        };
        return response;
    }

    /// <summary>Stores the response with the turn and, while it is in progress, schedules its abandonment check.</summary>
    public void Add(TurnContext turn, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(response);
        turn.AddRecord(response);
        if (!SurveyOutcomes.IsFinal(response.Outcome))
        {
            turn.Schedule(AbandonResponseHandler.Request(response.ResponseKey, response.UpdatedAt, response.UpdatedAt + options.AbandonAfter));
        }
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(',', values);
}
