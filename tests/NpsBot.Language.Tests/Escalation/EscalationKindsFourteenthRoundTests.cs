using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// The fourteenth round's cue files (<see cref="EscalationRemarksQuoted"/>, <see cref="EscalationLeavingInOtherWords"/>,
/// <see cref="EscalationTradesAndNearMisses"/>, <see cref="EscalationBodiesAndConditions"/>, the roles of
/// <see cref="EscalationAskedAndNamed.MoreRolesAskedFor"/>) and blankings (<see cref="EscalationWaivedOrHarmless"/>, the
/// routes added to <see cref="EscalationNotMeant"/>) (issue 12, esc14): each kind of batch m's misses and false alarms
/// (MISS-KINDS-2026-12-03-m.md) in the six languages, in wording written for these tests (no blind line copied).
/// Sentiment is neutral (0), so the wording alone carries the reason.
/// </summary>
public sealed class EscalationKindsFourteenthRoundTests
{
    [Theory]
    // a discriminatory remark quoted, or jokes about who someone is
    [InlineData("abuse", "the doorman told my friends \"no foreigners in here\" and let the others in")]
    [InlineData("abuse", "le vigile nous a lancé \"pas d'Arabes dans ce magasin\"")]
    [InlineData("abuse", "die Maklerin sagte \"an Ausländer vermieten wir nicht\"")]
    [InlineData("abuse", "el peluquero me dijo \"aquí no atendemos a gente como tú\"")]
    [InlineData("abuse", "o segurança gritou \"estrangeiros lá fora\" pra minha família")]
    [InlineData("abuse", "de bezorger maakte opmerkingen over mijn hoofddoek")]
    // damage by tradespeople and couriers at the customer's
    [InlineData("damage", "the window cleaner cracked our conservatory roof with his ladder")]
    [InlineData("damage", "le ramoneur a mis de la suie partout sur le tapis neuf")]
    [InlineData("damage", "der Kammerjäger hat den Teppich mit dem Gift verschmiert")]
    [InlineData("damage", "en el túnel de lavado me arrancaron el retrovisor")]
    [InlineData("damage", "o montador riscou a bancada toda da cozinha")]
    [InlineData("damage", "de bezorger heeft ons hek kapot gereden")]
    // near-misses: by inches, fell right next to someone, a loose rail, cables in puddles, a handlebar broke
    [InlineData("safety", "your lorry reversed and missed my daughter by inches")]
    [InlineData("safety", "un panneau est tombé à quelques centimètres de ma mère")]
    [InlineData("safety", "das Balkongeländer im Ferienhaus wackelte im dritten Stock")]
    [InlineData("safety", "los cables de la feria estaban metidos en los charcos")]
    [InlineData("safety", "o guidão da bicicleta partiu na descida")]
    [InlineData("safety", "in de gymzaal viel een lamp vlak naast de kinderen")]
    // PayPal disputes and buyer protection, consumer associations by name
    [InlineData("legal", "I've opened a PayPal dispute for the whole amount")]
    [InlineData("legal", "j'ai activé la protection des acheteurs sur la commande")]
    [InlineData("legal", "die Wettbewerbszentrale hat den Fall schon")]
    [InlineData("legal", "ya lo he llevado a la asociación de consumidores")]
    [InlineData("legal", "abri reclamação no Idec")]
    [InlineData("legal", "ik heb het aan de Consumentenbond gemeld")]
    // a person asked for by a role the cues lacked
    [InlineData("person_requested", "I want the store manager to ring me back")]
    [InlineData("person_requested", "je veux que quelqu'un du service client me rappelle")]
    [InlineData("person_requested", "ich bitte um einen Termin mit der Schulleitung persönlich")]
    [InlineData("person_requested", "necesito que alguien de atención al cliente me llame")]
    [InlineData("person_requested", "quero alguém do setor de cobrança me ligando hoje")]
    [InlineData("person_requested", "ik wil de bedrijfsleider aan de telefoon")]
    // health from spa or pool water, bedbugs; poor eyesight; one fault reported on three dates
    [InlineData("health", "after the thermal baths my son came out in a rash")]
    [InlineData("health", "des punaises de lit dans la chambre, piqûres partout")]
    [InlineData("health", "im Hotelbett waren Bettwanzen")]
    [InlineData("vulnerable", "tengo la vista muy mal, no veo bien la letra del contrato")]
    [InlineData("repeated_contact", "I reported the leak on the 2nd, the 9th and the 16th")]
    public void A_kind_told_without_the_reasons_word_escalates_with_its_reason(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("price up again, I'm closing everything with you, bloodsuckers")]
    [InlineData("résiliation immédiate, vous vous foutez de nous")]
    [InlineData("ich zieh mein Geld ab, Schluss, aus, vorbei, Abzocker")]
    [InlineData("me borro del gimnasio ya, rateros")]
    [InlineData("tô indo embora, palhaçada")]
    [InlineData("ik haal mijn spaargeld weg, prutsers")]
    public void Leaving_in_other_words_with_an_insult_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    // waived routes in wordings the blanking lacked
    [InlineData("je vais pas faire opposition pour 10 €, remboursez-moi")]
    [InlineData("ich spar mir den Anwalt wegen 5 €, bitte einfach erstatten")]
    [InlineData("não vou chamar advogado por isso, só quero o reembolso")]
    // a request for a person declined
    [InlineData("I'm not going to ask to speak to a manager, just fix the price")]
    [InlineData("je ne vais pas demander à parler au responsable, corrigez juste")]
    [InlineData("einen Vorgesetzten verlange ich nicht, nur eine Erklärung")]
    [InlineData("no pido hablar con el encargado, solo que lo arreglen")]
    // a pharmacy or medicine as a place, a price or an order; burnt food; nobody ill; a tax office
    [InlineData("the same medicine is cheaper at the chemist's across the road")]
    [InlineData("la pharmacie de garde affichait fermé")]
    [InlineData("die Rechnung der Apotheke kam doppelt")]
    [InlineData("o pão veio queimado por baixo")]
    [InlineData("nobody got ill, but the soup tasted off")]
    [InlineData("a encomenda ficou presa na Receita Federal")]
    // a quote after a closing quote is no remark about anyone
    [InlineData("the \"deals\" were black friday prices as usual")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.Empty(EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("I won't ask to speak to a manager, but the shelf fell right next to my son", "safety")]
    [InlineData("la farmacia de guardia estaba cerrada y mi madre se quedó sin insulina", "health")]
    public void A_blanked_phrase_leaves_the_rest_of_the_complaint_to_count(string text, string reason) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));
}
