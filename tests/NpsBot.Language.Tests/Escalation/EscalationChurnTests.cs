using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationChurn"/>, issue 12, fifth round: leaving with an anger marker and no angry word, a line per kind in
/// each of the six languages, written for these tests (not taken from a batch). Sentiment is neutral (0), so the wording
/// alone has to carry it. Near-misses stay quiet: leaving calmly, "never again" about a product, a charge after cancelling
/// with no word of leaving, a review with no leaving, "for good" about a repair.
/// </summary>
public sealed class EscalationChurnTests
{
    [Theory]
    // a way of leaving, with a word of going around telling everyone or writing a review
    [InlineData("I'm cancelling my phone plan today and telling everyone what you did")]
    [InlineData("je résilie mon forfait, et je vais le dire à tout le monde")]
    [InlineData("ich kündige heute noch und erzähle es allen")]
    [InlineData("me doy de baja y se lo voy a contar a todo el mundo")]
    [InlineData("vou cancelar o plano e vou espalhar pra todo mundo")]
    [InlineData("ik zeg mijn abonnement op en ga een slechte review schrijven")]
    // leaving for good, or with finality
    [InlineData("closing my savings account now, for good")]
    [InlineData("je vous quitte, c'est fini")]
    [InlineData("ich bin weg, für immer")]
    [InlineData("me voy de vuestra compañía para siempre")]
    [InlineData("cancelo hoje, acabou")]
    [InlineData("ik ben weg, voorgoed")]
    // leaving with the insult of a customer on the way out
    [InlineData("cancelling my broadband, you lot are a joke")]
    [InlineData("je quitte cette banque minable")]
    [InlineData("ich kündige bei diesem Saftladen")]
    [InlineData("portabilidad hecha, sinvergüenzas")]
    [InlineData("cancelem tudo, bando de incompetentes")]
    [InlineData("ik zeg alles op bij dit waardeloze bedrijf")]
    // leaving after being treated badly
    [InlineData("after 15 years I'm cancelling my policy, treated like dirt")]
    [InlineData("je résilie, on m'a traité comme un chien")]
    [InlineData("me voy de esta aseguradora, me han tratado como basura")]
    public void Leaving_with_an_anger_marker_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("never again, the shirt shrank in the wash")]
    [InlineData("plus jamais, le pull a rétréci")]
    [InlineData("nie wieder, die Hose ist eingelaufen")]
    [InlineData("nunca más, la camiseta encogió")]
    [InlineData("nunca mais compro, a calça rasgou")]
    [InlineData("nooit meer, de trui is gekrompen")]
    [InlineData("I will write a review once the sofa arrives")]
    [InlineData("the repair seems to have fixed it for good")]
    [InlineData("the app crashes when I try to cancel my order")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.DoesNotContain(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));
}
