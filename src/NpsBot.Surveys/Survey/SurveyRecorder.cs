using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// Turns a survey's progress into the <see cref="SurveyResponse"/> stored with the turn. Called from the moment the score
/// is known and after every answer; the first time the survey is recorded in progress it also queues the
/// "response.abandon" check that marks the row abandoned if the customer goes quiet for <see cref="SurveyOptions.AbandonAfter"/>.
/// </summary>
public sealed class SurveyRecorder(SurveyOptions options)
{
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

    /// <summary>
    /// Stores the response with the turn and, the first time it is in progress (<paramref name="checkQueued"/> false),
    /// queues its abandonment check for <see cref="SurveyOptions.AbandonAfter"/> later; returns whether it did, for the
    /// progress to keep. Later answers queue nothing: the check, when due, finds the last answer and comes back that long
    /// after it (<see cref="AbandonResponseHandler"/>). Issue 13: every such answer moved the queued row before (two
    /// statements, the row and its due-time index entry rewritten).
    /// </summary>
    public bool Add(TurnContext turn, SurveyResponse response, bool checkQueued)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(response);
        turn.AddRecord(response);
        if (checkQueued || SurveyOutcomes.IsFinal(response.Outcome))
        {
            return false;
        }

        turn.Schedule(AbandonResponseHandler.Request(response.ResponseKey, response.UpdatedAt + options.AbandonAfter));
        return true;
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(',', values);
}
