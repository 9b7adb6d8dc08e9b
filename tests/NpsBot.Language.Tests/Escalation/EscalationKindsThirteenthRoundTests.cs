using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationAskedAndNamed"/> and the thirteenth round's additions to <see cref="EscalationNotMeant"/> (issue
/// 12, esc12l): each kind of batch l's misses and false alarms (MISS-KINDS-2026-12-02-l.md) in the six languages, in
/// wording written for these tests (no blind line copied). Sentiment is neutral (0), so the wording alone carries the reason.
/// </summary>
public sealed class EscalationKindsThirteenthRoundTests
{
    [Theory]
    // a person asked for by a role, in person, on the line or to call back
    [InlineData("person_requested", "I want a claims handler to ring me back today about this")]
    [InlineData("person_requested", "je voudrais parler au gestionnaire de mon dossier, pas à un robot")]
    [InlineData("person_requested", "bitte soll mich der zuständige Teamleiter zurückrufen")]
    [InlineData("person_requested", "quiero que alguien de facturación me llame hoy mismo")]
    [InlineData("person_requested", "quero falar com o chefe de equipa pessoalmente")]
    [InlineData("person_requested", "ik wil de dossierbehandelaar zelf aan de telefoon")]
    // a name-call quoted, racist remarks, told to f*** off
    [InlineData("abuse", "the waiter called me \"old cow\" in front of my kids")]
    [InlineData("abuse", "le contrôleur a fait des remarques racistes à mon mari")]
    [InlineData("abuse", "der Türsteher nannte mich \"Schlampe\"")]
    [InlineData("abuse", "el taxista nos llamó \"muertos de hambre\"")]
    [InlineData("abuse", "a rececionista me chamou \"pobretona\" à frente de todos")]
    [InlineData("abuse", "de kassière noemde mij \"dikke koe\"")]
    [InlineData("abuse", "the installer told me to f*** off when I asked about the mess")]
    // promises counted
    [InlineData("repeated_contact", "the landlord promised me three times to fix the boiler")]
    [InlineData("repeated_contact", "déjà quatre promesses de rappel et rien")]
    [InlineData("repeated_contact", "der Techniker hat viermal einen Termin zugesagt")]
    [InlineData("repeated_contact", "el técnico quedó cuatro veces en venir y nunca vino")]
    [InlineData("repeated_contact", "já são quatro promessas de devolução")]
    [InlineData("repeated_contact", "al vier keer via de chat hetzelfde gevraagd")]
    // a condition named: dyslexia, hearing loss, an anxiety disorder
    [InlineData("vulnerable", "I'm dyslexic and the form times out before I can finish")]
    [InlineData("vulnerable", "je suis malentendante et on ne m'appelle qu'au micro")]
    [InlineData("vulnerable", "wegen meiner Angststörung kann ich nicht lange in der Schlange stehen")]
    [InlineData("vulnerable", "tengo pérdida auditiva y solo atienden por teléfono")]
    [InlineData("vulnerable", "tenho perturbação de pânico e fiquei fechada no elevador")]
    [InlineData("vulnerable", "ik ben slechthorend en de bel werkt niet")]
    // bereavement: bills in a dead spouse's or parent's name
    [InlineData("vulnerable", "my husband died in March and the letters still come addressed to him")]
    [InlineData("vulnerable", "ma mère est décédée et vous continuez à lui envoyer des factures")]
    [InlineData("vulnerable", "mein Vater ist letztes Jahr gestorben, die Rechnungen laufen weiter auf ihn")]
    [InlineData("vulnerable", "mi padre falleció y siguen cobrándole la cuota")]
    [InlineData("vulnerable", "meu marido faleceu e a conta continua no nome dele")]
    [InlineData("vulnerable", "mijn moeder is vorige maand overleden en jullie blijven aanmanen")]
    // illness after a product, contamination that made people ill
    [InlineData("health", "the eye drops gave me an eye infection")]
    [InlineData("health", "je suis intolérant au gluten et j'ai été malade après vos biscuits sans gluten")]
    [InlineData("health", "das Wasser im Pool war verunreinigt, danach waren alle Kinder krank")]
    [InlineData("health", "la crema me provocó una infección en la piel")]
    [InlineData("health", "o leite estava contaminado e fiquei doente dois dias")]
    [InlineData("health", "mijn zoon kreeg een longontsteking na het zwemkamp")]
    // regulators and conciliation bodies by name
    [InlineData("legal", "el caso ya está en la junta arbitral de consumo")]
    [InlineData("legal", "j'ai saisi le conciliateur de justice")]
    [InlineData("legal", "der Mieterschutzbund hat den Fall übernommen")]
    [InlineData("legal", "levei o assunto ao julgado de paz")]
    [InlineData("legal", "we stappen naar de huurcommissie")]
    [InlineData("legal", "I've taken it to the housing ombudsman")]
    // smouldering, brakes, a child by age on gear that snapped, movers who broke something
    [InlineData("safety", "the phone charger began to smoulder on the bedside table")]
    [InlineData("safety", "die Bremse hat versagt, ich bin fast gestürzt")]
    [InlineData("safety", "the cot slat snapped with my 2-year-old inside")]
    [InlineData("damage", "os homens da mudança partiram o espelho do corredor")]
    public void A_kind_told_without_the_reasons_word_escalates_with_its_reason(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("je ne renouvelle pas mon abonnement, c'est du vol")]
    [InlineData("cancelo todo, son unos ladrones")]
    [InlineData("not renewing, it's daylight robbery")]
    [InlineData("rescindo o contrato, são uns vigaristas")]
    public void Leaving_with_an_accusation_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    // a legal route thought of and dropped
    [InlineData("I was going to complain to the ombudsman but they paid up in the end")]
    [InlineData("j'allais porter plainte mais ils ont fini par rembourser")]
    [InlineData("ich wollte schon zum Anwalt, aber dann kam das Geld doch")]
    [InlineData("iba a poner una denuncia pero al final lo arreglaron")]
    [InlineData("quase fui ao Procon mas acabaram por resolver")]
    [InlineData("ik wilde al naar de geschillencommissie maar het is toch opgelost")]
    [InlineData("I won't report you, just fix the bill")]
    // "heart attack" at a price, a pharmacy's or doctor's app
    [InlineData("nearly had a heart attack when I saw the bill")]
    [InlineData("quase tive um enfarte ao ver a conta da luz")]
    [InlineData("the pharmacy app logs me out every time")]
    [InlineData("die App der Apotheke lädt ewig")]
    [InlineData("o app da farmácia não abre")]
    // rudeness that is not abuse, a page that froze three times, never buying again without anger
    [InlineData("le vendeur m'a parlé comme à un enfant")]
    [InlineData("la web se quedó colgada tres veces")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.Empty(EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("I was going to sue but didn't; the heater caught fire though", "safety")]
    [InlineData("the pharmacy app sent me the wrong insulin dose", "health")]
    public void A_blanked_phrase_leaves_the_rest_of_the_complaint_to_count(string text, string reason) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));
}
