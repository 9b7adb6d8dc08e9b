using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>Turns a survey's progress into the <see cref="SurveyResponse"/> stored with the turn, with theme (detractors and passives) and sentiment when those services are given.</summary>
public sealed class SurveyRecorder(IThemeClassifier? themes = null, ISentimentAnalyzer? sentiment = null)
{
    public async Task<SurveyResponse> RecordAsync(TurnContext turn, SurveyProgress progress, string outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(progress);
        var activity = turn.Activity;
        var reason = progress.Reason;
        var category = progress.Score is { } given ? new NpsScore(given).Category : (NpsCategory?)null;

        // A theme sorts what needs fixing: a detractor's complaint or a passive's "what would make it a 10";
        // what a promoter likes most is not a complaint to sort.
        var theme = reason is not null && themes is not null && category is not NpsCategory.Promoter
            ? await themes.ClassifyAsync(reason, progress.Locale, cancellationToken)
            : null;
        var feeling = reason is not null ? sentiment?.Analyze(reason, progress.Locale) : null;
        var response = new SurveyResponse
        {
            ConversationKey = turn.ConversationKey ?? throw new InvalidOperationException("The turn has no conversation key; the runner sets it."),
            ChannelId = activity.ChannelId ?? string.Empty,
            CustomerId = progress.CustomerId,
            CustomerName = progress.CustomerName,
            Locale = progress.Locale,
            Score = progress.Score,
            Category = category,
            Reason = reason,
            FollowUpQuestion = progress.FollowUpQuestion,
            FollowUpAnswer = progress.FollowUpAnswer,
            WantsContact = progress.WantsContact,
            Theme = theme?.Theme,
            ThemeConfidence = theme?.Confidence,
            Sentiment = feeling?.Sentiment,
            Outcome = outcome,
            StartedAt = progress.StartedAt,
            CompletedAt = turn.Clock.GetUtcNow(),
        };
        turn.AddRecord(response);
        return response;
    }
}
