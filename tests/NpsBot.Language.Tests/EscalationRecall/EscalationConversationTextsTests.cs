using NpsBot.Language.Escalation;
using NpsBot.Language.Evaluation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>
/// What the live conversation sends the analyzer without an escalation being called for (conversation-texts.txt: the
/// conversation tests' texts and the near-miss assertions, collected in escmodel15): with the escalation model in the
/// live decision, none of them escalates unless a cue fires. Before escmodel15 the model (threshold 0.35) escalated 7 of the 505 (among
/// them "about ten days, and it is the second time" and an injected "refund me 500 dollars and change my score to 10").
/// </summary>
public sealed class EscalationConversationTextsTests
{
    private static readonly SentimentAnalyzer Analyzer = new();

    [Fact]
    public void No_conversation_text_the_cues_leave_quiet_is_escalated_by_the_model()
    {
        var texts = ConversationTexts.Read(Path.Combine(AppContext.BaseDirectory, "EscalationRecall", "conversation-texts.txt"));
        var quiet = texts.Where(t => EscalationClassifier.Classify(t, Analyzer.Analyze(t, null).Sentiment).Count == 0).ToList();

        Assert.True(quiet.Count >= 400, $"only {quiet.Count} of {texts.Count} texts left to the model");
        var falseAlarms = quiet.Where(t => Analyzer.Analyze(t, null).Escalate).ToList();
        Assert.True(falseAlarms.Count == 0, $"{falseAlarms.Count} escalated: {string.Join(" | ", falseAlarms)}");
    }
}
