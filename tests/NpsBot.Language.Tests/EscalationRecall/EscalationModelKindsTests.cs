using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>
/// The kinds of batch m's escalation misses (FIRST-RUN.md of blind-2026-12-03-m) that no cue reads, in wording written
/// for these tests (no evaluation line copied): the shipped model escalates them through the analyzer (the live
/// decision since escmodel15), and plain complaints beside them stay plain. Of the nine lines first written, three were already read by the cues (a consumer
/// office by name, a branch manager asked for, a wobbling balcony rail) and one the model missed too (a carpet cleaner's
/// bleach stain on a sofa): those four were taken out, not reworded. Two more (a bouncer's and a guard's quoted
/// discriminatory remark) left when the same round's cues (esc14) came to read them. One more ("ik haal al mijn spaargeld
/// bij jullie weg, klaar ermee") left in escmodel15: at the gate chosen then (0.95) the model no longer hands it over.
/// </summary>
public sealed class EscalationModelKindsTests
{
    private static readonly SentimentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("der Fensterputzer hat mit der Leiter unseren Wintergarten eingeschlagen")]
    [InlineData("Schluss jetzt, ich kündige alles bei euch, nie wieder")]
    public void A_kind_the_cues_lack_is_escalated_by_the_model(string complaint)
    {
        var result = Analyzer.Analyze(complaint, null);

        Assert.Empty(EscalationClassifier.Classify(complaint, result.Sentiment));
        Assert.True(result.Escalate, complaint);
        Assert.Single(result.Reasons);
    }

    [Theory]
    [InlineData("the parcel came two days late")]
    [InlineData("la camiseta encogió al lavarla")]
    [InlineData("die App ist etwas langsam geworden")]
    [InlineData("le pain était un peu sec ce matin")]
    public void A_plain_complaint_stays_plain(string complaint) =>
        Assert.False(Analyzer.Analyze(complaint, null).Escalate, complaint);
}
