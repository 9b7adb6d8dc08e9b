using NpsBot.Conversations.Language;
using NpsBot.Surveys.Fatigue;
using NpsBot.Surveys.Recovery;

namespace NpsBot.Surveys.Survey;

/// <summary>The optional services a survey uses beyond scores and cues: redaction, themes, sentiment, and recovery.</summary>
public sealed record SurveyServices
{
    /// <summary>Applied to every answer before it is kept, classified or stored; never raw text in a row.</summary>
    public ITextRedactor Redactor { get; init; } = new NoRedaction();

    public IThemeClassifier? Themes { get; init; }

    public ISentimentAnalyzer? Sentiment { get; init; }

    public IRecoveryDesk Recovery { get; init; } = NoRecoveryDesk.Instance;

    /// <summary>Survey fatigue: whether a new survey may start for this customer.</summary>
    public ISurveyGate Gate { get; init; } = OpenSurveyGate.Instance;

    /// <summary>Follow-up surveys due after a resolved case (asked at the customer's next visit).</summary>
    public FollowUps.IFollowUpSurveys FollowUps { get; init; } = NpsBot.Surveys.FollowUps.NoFollowUpSurveys.Instance;
}
