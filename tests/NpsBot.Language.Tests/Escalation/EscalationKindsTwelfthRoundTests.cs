using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationHappenedTo"/>, <see cref="EscalationSentAndSaid"/> and <see cref="EscalationNotMeant"/> (issue 12,
/// esc12k): each kind of batch k's misses and false alarms (MISS-KINDS-2026-12-02-k.md) in the six languages, in wording
/// written for these tests (no blind line copied). Sentiment is neutral (0), so the wording alone carries the reason.
/// </summary>
public sealed class EscalationKindsTwelfthRoundTests
{
    [Theory]
    // child or play gear that broke or came loose, with a child named
    [InlineData("safety", "the slide at your soft play snapped and my daughter fell onto the floor")]
    [InlineData("safety", "la barrière de sécurité s'est détachée du mur, mon fils de 18 mois était juste derrière")]
    [InlineData("safety", "das Treppenschutzgitter hat sich gelöst, als mein Sohn daran gerüttelt hat")]
    [InlineData("safety", "al columpio se le partió la cadena con mi hija encima")]
    [InlineData("safety", "a cadeirinha do carro soltou-se numa curva com o bebé lá dentro")]
    [InlineData("safety", "de glijbaan kwam los van het frame terwijl mijn dochtertje erop zat")]
    // a lid or part that flew off, a near hit
    [InlineData("safety", "the blender lid flew off mid-spin and only just missed my face")]
    [InlineData("safety", "le couvercle de l'autocuiseur a sauté, il a failli toucher mon mari")]
    [InlineData("safety", "der Deckel vom Schnellkochtopf ist abgesprungen und hätte meine Frau fast getroffen")]
    [InlineData("safety", "la tapa de la olla exprés salió volando hacia la cocina")]
    [InlineData("safety", "a tampa da garrafa voou e por pouco não atingiu o olho do meu marido")]
    [InlineData("safety", "het deksel van de snelkookpan vloog eraf")]
    // someone cut on something, gas bottles left open or a smell of gas
    [InlineData("safety", "my son cut himself on a rusty edge of the trolley")]
    [InlineData("safety", "ma fille s'est coupée sur un éclat de verre près des caisses")]
    [InlineData("safety", "mein Kind hat sich an der kaputten Vitrine geschnitten")]
    [InlineData("safety", "mi niño se cortó con una lata abierta en el pasillo")]
    [InlineData("safety", "o meu neto se feriu num prego solto do banco")]
    [InlineData("safety", "de monteur liet de gasfles open staan in de keuken")]
    [InlineData("safety", "after the engineer left the whole flat smelled of gas")]
    // illness named, a collapse, heatstroke, an ambulance waited for
    [InlineData("health", "we all came down with gastroenteritis after your buffet")]
    [InlineData("health", "une dame a fait un malaise en caisse et personne n'a appelé le SAMU")]
    [InlineData("health", "meine Mutter ist in eurer Filiale kollabiert, keiner hat geholfen")]
    [InlineData("health", "mi abuela se desmayó en la cola del probador")]
    [InlineData("health", "o meu pai teve uma insolação na fila ao sol durante duas horas")]
    [InlineData("health", "na jullie barbecue hadden we allemaal buikgriep")]
    // contact counted in things sent, promises and tickets counted
    [InlineData("repeated_contact", "I've uploaded the death certificate four times and you still ask for it")]
    [InlineData("repeated_contact", "j'ai envoyé la facture trois fois à votre service")]
    [InlineData("repeated_contact", "ich habe den Kontoauszug dreimal geschickt")]
    [InlineData("repeated_contact", "les he enviado el justificante cuatro veces")]
    [InlineData("repeated_contact", "já enviei a foto do defeito cinco vezes")]
    [InlineData("repeated_contact", "ik heb de foto's al drie keer opgestuurd")]
    [InlineData("repeated_contact", "they promised a call yesterday and the day before and nothing came")]
    [InlineData("repeated_contact", "já tenho três protocolos abertos e nenhuma resposta")]
    // insults reported in indirect speech, slurs
    [InlineData("abuse", "the cashier told me I was crazy and to get out")]
    [InlineData("abuse", "la caissière m'a dit que j'étais folle devant les clients")]
    [InlineData("abuse", "der Fahrer sagte, ich sei wohl verrückt")]
    [InlineData("abuse", "el dependiente me dijo que era una pesada y que me largara")]
    [InlineData("abuse", "o segurança disse que eu era louca")]
    [InlineData("abuse", "de bewaker noemde ons kanaken")]
    // damage told with a cracking or hole-making verb
    [InlineData("damage", "the fitters chipped the kitchen worktop")]
    [InlineData("damage", "les livreurs ont fissuré le carrelage de l'entrée")]
    [InlineData("damage", "beim Aufbau haben sie ein Loch in die Wand gemacht, ein Loch in der Wand im Flur")]
    [InlineData("damage", "los de la mudanza hicieron un boquete en el tabique")]
    [InlineData("damage", "o montador lascou o rodapé da sala")]
    [InlineData("damage", "de bezorgers hebben een gat in de gipswand gestoten")]
    // a chargeback by another name, a human to call, a neurological condition
    [InlineData("legal", "j'ai lancé une rétrofacturation auprès de ma banque")]
    [InlineData("legal", "pedí un contracargo a mi banco")]
    [InlineData("person_requested", "ik wil teruggebeld worden door een echt mens")]
    [InlineData("person_requested", "I want to be called by a real person, not a chatbot")]
    [InlineData("vulnerable", "I have Parkinson's and your tiny buttons are impossible")]
    [InlineData("vulnerable", "j'ai une sclérose en plaques et je ne peux pas porter les colis")]
    [InlineData("vulnerable", "tengo esclerosis múltiple y nadie me ayudó a cargar")]
    [InlineData("vulnerable", "meine Hände zittern, ich kann die kleinen Felder nicht treffen")]
    [InlineData("vulnerable", "tenho mãos trêmulas e o terminal não aceita o toque, minhas mãos tremem")]
    public void A_kind_told_without_the_reasons_word_escalates_with_its_reason(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("estou saindo desse banco, que raiva")]
    [InlineData("me voy de este banco, qué rabia")]
    [InlineData("I'm leaving this bank, so angry")]
    public void Leaving_this_place_with_rage_said_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    // a legal route named only to say it will not be taken
    [InlineData("I'm not going to get a lawyer over a fiver, just sort it out")]
    [InlineData("je ne vais pas porter plainte pour si peu, remboursez-moi")]
    [InlineData("ich will keinen Anwalt einschalten, bucht es einfach zurück")]
    [InlineData("no voy a ir a la OMIC por esto, solo devolvedme el dinero")]
    [InlineData("não vou processar ninguém, só quero o reembolso")]
    [InlineData("ik ga niet naar de geschillencommissie, stort het gewoon terug")]
    // the hospital as a place, surgery or pharmacy staff named only as who
    [InlineData("the hospital car park machines never take cards")]
    [InlineData("le parking de l'hôpital est toujours plein")]
    [InlineData("die Cafeteria im Krankenhaus schließt um drei")]
    [InlineData("el aparcamiento del hospital está lejísimos")]
    [InlineData("a cantina do hospital é cara")]
    [InlineData("de parkeerplaats bij het ziekenhuis is te klein")]
    [InlineData("the receptionist at the dentist's was rude")]
    [InlineData("de mevrouw van de apotheek was kortaf")]
    [InlineData("la chica de la farmacia fue antipática")]
    // near-misses of the new kinds
    [InlineData("my son's bike arrived with a scratch on the frame")]
    [InlineData("I sent you the photos, thanks for sorting it")]
    [InlineData("the blender lid is hard to clean")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);

    [Theory]
    [InlineData("I won't take you to court, but the loose shelf cut my son's hand open", "safety")]
    [InlineData("not happy and I will see you in court", "legal")]
    [InlineData("je ne suis pas content, je porte plainte", "legal")]
    [InlineData("the pharmacy girl gave my mum the wrong insulin", "health")]
    public void A_blanked_phrase_leaves_the_rest_of_the_complaint_to_count(string text, string reason) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));
}
