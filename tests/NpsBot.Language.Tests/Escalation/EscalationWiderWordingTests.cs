using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationWiderWording"/> and the seventh round's churn cues (<see cref="EscalationChurn.LeavesWithAnObject"/>,
/// <see cref="EscalationChurn.AngerIdioms"/>): each kind of batch f's misses (MISS-KINDS-2026-12-02-f.md) in the six
/// languages, in wording written for these tests (no blind or held-out line copied). Sentiment is neutral (0), so the
/// wording alone has to carry the reason. Near-misses stay quiet.
/// </summary>
public sealed class EscalationWiderWordingTests
{
    [Theory]
    // a real employee, someone who can decide
    [InlineData("person_requested", "please, a real employee, not the automated system")]
    [InlineData("person_requested", "je veux un vrai conseiller au bout du fil")]
    [InlineData("person_requested", "ich brauche einen echten Mitarbeiter für meine Kündigung")]
    [InlineData("person_requested", "quiero un operador de verdad para lo de la factura")]
    [InlineData("person_requested", "quero um atendente de verdade pra resolver isso")]
    [InlineData("person_requested", "ik wil een echte medewerker over mijn pakket")]
    // a bystander fell on ice or a loose handrail
    [InlineData("safety", "icy steps outside the post office and an old lady slipped on them")]
    [InlineData("safety", "trottoir verglacé devant l'agence, une dame est tombée")]
    [InlineData("safety", "nicht gestreut vor dem Eingang, eine ältere Dame ist gestürzt")]
    [InlineData("safety", "la rampa helada en la entrada del súper, un señor se cayó")]
    [InlineData("safety", "o corrimão da rampa soltou quando me apoiei")]
    [InlineData("safety", "de leuning bij de ingang zit los, iemand is gevallen")]
    // a door closing on a pram, a device that started smoking
    [InlineData("safety", "the shop door slammed shut on the pram")]
    [InlineData("safety", "la porte du bus s'est refermée sur la poussette")]
    [InlineData("safety", "die Ladestation hat angefangen zu qualmen")]
    [InlineData("safety", "el cargador empezó a echar humo en la mesilla")]
    [InlineData("safety", "a extensão começou a soltar fumaça na sala")]
    [InlineData("safety", "de oplader begon te roken op het nachtkastje")]
    // medicine compounds, fever, the on-call service
    [InlineData("health", "de bloeddrukmedicatie is niet geleverd")]
    [InlineData("health", "meine Herztabletten sind nicht angekommen")]
    [InlineData("health", "my toddler has a fever and the out of hours line never answered")]
    [InlineData("health", "le médecin de garde ne répondait pas, mon fils avait de la fièvre")]
    [InlineData("health", "la farmacia de guardia cerrada con mi hija con fiebre")]
    [InlineData("health", "o plantão estava fechado e minha filha com febre alta")]
    // nobody called back
    [InlineData("repeated_contact", "promised a call back on friday, nobody ever called")]
    [InlineData("repeated_contact", "on devait me rappeler lundi, personne ne m'a rappelé")]
    [InlineData("repeated_contact", "Rückruf zugesagt, angerufen hat niemand")]
    [InlineData("repeated_contact", "me dijeron que me llamarían, nadie me ha llamado")]
    [InlineData("repeated_contact", "falaram que iam me ligar e ninguém ligou")]
    [InlineData("repeated_contact", "ze zouden terugbellen, niemand heeft ooit gebeld")]
    // shouting at someone in French, slurs in every language
    [InlineData("abuse", "le caissier a crié sur ma mère")]
    [InlineData("abuse", "the doorman called my sister a slut")]
    [InlineData("abuse", "der Kassierer nannte meine Freundin eine Schlampe")]
    [InlineData("abuse", "el camarero llamó zorra a mi amiga")]
    [InlineData("abuse", "o garçom chamou minha amiga de vadia")]
    [InlineData("abuse", "de kassier noemde mijn vriendin een slet")]
    // a formal complaint or bank reversal in Portuguese
    [InlineData("legal", "vou fazer queixa formal contra a loja")]
    [InlineData("legal", "peço o estorno ao banco se não devolverem")]
    // damage at a garage or car wash, a vehicle into a wall, damage then denied
    [InlineData("damage", "the garage scratched my bonnet during the service")]
    [InlineData("damage", "au garage ils ont rayé ma jante et refusent de le reconnaître")]
    [InlineData("damage", "in der Waschanlage wurde meine Antenne abgerissen")]
    [InlineData("damage", "en el taller me rayaron el capó")]
    [InlineData("damage", "a oficina riscou o para-choque e agora nega")]
    [InlineData("damage", "de bestelbus is tegen onze schutting aangereden")]
    public void Each_kind_finds_its_reason(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // a bare cancel with anger, switching supplier with anger, parting insults, warning others away
    [InlineData("cancelling today, absolute shambles")]
    [InlineData("switching supplier, fuming about the bill")]
    [InlineData("je change de banque, j'en ai marre")]
    [InlineData("ich wechsle den Anbieter, mir reicht's")]
    [InlineData("doy de baja la línea, estoy hasta el moño")]
    [InlineData("vou trocar de operadora, tô de saco cheio")]
    [InlineData("ik ga naar een andere aanbieder, ik ben het spuugzat")]
    [InlineData("closing all my accounts, get stuffed")]
    [InlineData("me cambio de banco, que os den")]
    [InlineData("encerro minhas contas, vão à merda")]
    [InlineData("ik zeg mijn abonnement op, bekijk het maar")]
    [InlineData("cancelling and telling everyone to stay away")]
    [InlineData("ich kündige und werde überall davor warnen")]
    [InlineData("je résilie et je vais le dire partout")]
    [InlineData("me doy de baja y pienso decírselo a todo el mundo")]
    public void Leaving_in_anger_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("lovely staff, I'll tell all my friends")]
    [InlineData("Late again: card [card], mail [email], phone [phone], iban [iban]")] // contact details (redacted), not contact attempts
    [InlineData("Refund it: mail ana@example.com, phone +44 20 7946 0958")]
    [InlineData("might switch supplier when the contract ends, we'll see")]
    [InlineData("je vais peut-être changer de banque l'an prochain")]
    [InlineData("vielleicht wechsle ich den Anbieter irgendwann")]
    [InlineData("quizá me cambie de compañía el año que viene")]
    [InlineData("talvez eu troque de operadora no ano que vem")]
    [InlineData("misschien ga ik volgend jaar naar een andere aanbieder")]
    [InlineData("the garage was friendly and quick")]
    [InlineData("the door was a bit heavy to open")]
    [InlineData("la porte était difficile à ouvrir")]
    [InlineData("registratie is vereist voor de actie")]
    [InlineData("the receipt was emailed and the phone app works")]
    [InlineData("I called once and it was sorted the same day")]
    [InlineData("el guardia de seguridad fue muy amable")]
    [InlineData("Paket kaputt angekommen und nie ersetzt")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);
}
