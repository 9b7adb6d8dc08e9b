using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationLeavingDone"/> and <see cref="EscalationOutcomesTold"/> (issue 12, esc12j): each kind of batch
/// i's misses (MISS-KINDS-2026-12-02-i.md) in the six languages, in wording written for these tests (no blind line copied).
/// Sentiment is neutral (0), so the wording alone carries the reason.
/// </summary>
public sealed class EscalationKindsTenthRoundTests
{
    [Theory]
    // a near-miss told by motion, a device that swelled or smoked, stairs without a rail
    [InlineData("safety", "a stack of crates nearly toppled onto my toddler in aisle 4")]
    [InlineData("safety", "l'étagère a failli basculer sur ma fille")]
    [InlineData("safety", "die Leiter wäre fast auf meinen Sohn umgekippt")]
    [InlineData("safety", "la puerta del garaje casi se cae encima de mi coche con mi hija dentro, me pasó rozando")]
    [InlineData("safety", "o portão quase caiu em cima do meu filho")]
    [InlineData("safety", "de oplader werd heet en er kwam rook uit")]
    [InlineData("safety", "the phone battery swelled up and got hot in my pocket")]
    [InlineData("safety", "escalier sans rampe au sous-sol du magasin, avec des enfants partout")]
    // illness after a meal, a coeliac reaction, heart medicine needed urgently
    [InlineData("health", "after your takeaway the whole family was sick and my dad was hospitalised")]
    [InlineData("health", "après le repas du traiteur, mon oncle a été hospitalisé")]
    [InlineData("health", "nach dem Essen musste meine Frau ins Krankenhaus")]
    [InlineData("health", "mi tía terminó internada después de comer vuestra ensalada")]
    [InlineData("health", "meu avô ficou internado depois do frango da vossa loja")]
    [InlineData("health", "ik heb coeliakie en kreeg een flinke reactie van jullie 'glutenvrije' taart")]
    [InlineData("health", "la pharmacie était fermée et ma mère avait besoin de ses médicaments pour le cœur en urgence")]
    // damage by our people or vehicles told by its verb
    [InlineData("damage", "your van reversed into our garden wall")]
    [InlineData("damage", "les déménageurs ont arraché la rampe du mur")]
    [InlineData("damage", "die Maler haben das Sofa mit Farbe beschmiert")]
    [InlineData("damage", "los pintores mancharon el parquet de pintura")]
    [InlineData("damage", "o caminhão de vocês bateu no meu portão")]
    [InlineData("damage", "de verhuizers hebben de plank uit de muur getrokken")]
    // a slur said by staff
    [InlineData("abuse", "el guardia me llamó sudaca delante de todos")]
    [InlineData("abuse", "der Kassierer nannte mich Kanake")]
    // letters and complaints counted
    [InlineData("repeated_contact", "this is my third registered letter about the meter")]
    [InlineData("repeated_contact", "c'est ma quatrième réclamation pour le même colis")]
    [InlineData("repeated_contact", "schon drei Beschwerden wegen derselben Rechnung")]
    [InlineData("repeated_contact", "llevo cuatro reclamaciones por la misma factura")]
    [InlineData("repeated_contact", "já abri três reclamações sobre o mesmo erro")]
    [InlineData("repeated_contact", "dit is mijn derde klacht over dezelfde storing")]
    // a consumer-protection office by name
    [InlineData("legal", "I've reported you to Trading Standards")]
    [InlineData("legal", "j'ai saisi la DGCCRF")]
    [InlineData("legal", "ich habe mich an die Verbraucherzentrale gewandt")]
    [InlineData("legal", "ya puse una queja en Profeco")]
    [InlineData("legal", "abri queixa no Procon")]
    [InlineData("legal", "ik stap naar de Geschillencommissie")]
    // a relative with an intellectual disability
    [InlineData("vulnerable", "my brother has Down syndrome and was sold two phone contracts")]
    [InlineData("vulnerable", "mijn nicht heeft het syndroom van Down en kreeg een lening aangesmeerd")]
    [InlineData("vulnerable", "mi hijo tiene discapacidad intelectual y le hicieron firmar un seguro")]
    public void A_kind_told_without_the_reasons_word_escalates_with_its_reason(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("Contract cancelled, what a pathetic company")]
    [InlineData("abonnement résilié, bande de nuls")]
    [InlineData("Vertrag gekündigt, unverschämt ist das")]
    [InlineData("ya me di de baja, vergonzoso")]
    [InlineData("cancelei o plano, vergonhoso")]
    [InlineData("net opgezegd, prutsers zijn jullie")]
    [InlineData("deleting my account, you'll never see me again")]
    public void Leaving_already_done_with_scorn_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("the sale nearly ended before I got there")]
    [InlineData("le colis a failli arriver à l'heure, presque")]
    [InlineData("the painter did a lovely job on the hallway")]
    [InlineData("mi tercera compra del año y todo perfecto salvo el envío")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);
}
