using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationHarmKinds"/> and <see cref="EscalationConductKinds"/> (issue 12, eighth round): each kind of
/// batch g's misses (MISS-KINDS-2026-12-02-g.md) in the six languages, in wording written for these tests (no blind or
/// held-out line copied). Sentiment is neutral (0), so the wording alone carries the reason. Near-misses stay quiet.
/// </summary>
public sealed class EscalationKindsEighthRoundTests
{
    [Theory]
    // a vehicle that nearly hit someone, a drunk driver, a door that trapped a child
    [InlineData("safety", "the shuttle bus almost ran over a kid at the school gate")]
    [InlineData("safety", "le camion a failli renverser ma mère sur le passage piéton")]
    [InlineData("safety", "der Lieferwagen hätte beinahe einen Radfahrer umgefahren")]
    [InlineData("safety", "el conductor iba borracho y casi atropella a un señor mayor")]
    [InlineData("safety", "o motorista estava bêbado, quase atropelou uma senhora")]
    [InlineData("safety", "de chauffeur was dronken en reed bijna een fietser aan")]
    [InlineData("safety", "mein Sohn wurde von der Schiebetür eingeklemmt")]
    // an injury told by the body or its treatment
    [InlineData("safety", "slipped on your shop floor and sprained my wrist")]
    [InlineData("safety", "ma fille s'est coupée sur le présentoir, il a fallu des points de suture")]
    [InlineData("safety", "ich habe mich an der kaputten Tür verletzt")]
    [InlineData("safety", "mi abuelo se lastimó con la escalera mecánica parada de golpe")]
    [InlineData("safety", "meu filho levou três pontos depois do brinquedo quebrar")]
    [InlineData("safety", "mijn zoon moest gehecht worden na de val van de glijbaan")]
    // a smell of gas or burning, a plug gone brown
    [InlineData("safety", "the boiler they fitted leaves a smell of gas in the hall")]
    [InlineData("safety", "une odeur de brûlé sort de la box internet")]
    [InlineData("safety", "die Steckdose vom neuen Herd ist ganz schwarz geworden")]
    [InlineData("safety", "huele a gas desde que vino el técnico")]
    [InlineData("safety", "a tomada do aquecedor ficou preta e derretida")]
    [InlineData("safety", "na de installatie ruikt het naar gas in de keuken")]
    // gave way under a person, a wheel off, a child seat loose, a swollen face, broken glass beside children
    [InlineData("safety", "the chair collapsed under my grandad in your café")]
    [InlineData("safety", "la roue du vélo s'est détachée en pleine descente")]
    [InlineData("safety", "die Babyschale im Kindersitz hat sich einfach gelöst")]
    [InlineData("safety", "a mi hija se le hincharon los labios con vuestra crema")]
    [InlineData("safety", "o vidro da porta estava quebrado e as crianças brincavam ali")]
    [InlineData("safety", "zijn gezicht werd helemaal dik na jullie notenreep")]
    // care that cannot wait
    [InlineData("health", "my inhaler order is stuck and I'm wheezing at night")]
    [InlineData("health", "la séance de dialyse de mon mari a été annulée sans prévenir")]
    [InlineData("health", "ich habe nur noch Tabletten für zwei Tage und das Rezept hängt bei Ihnen")]
    [InlineData("health", "solo me queda insulina para un día")]
    [InlineData("health", "minha mãe está com falta de ar e o oxímetro não chegou")]
    [InlineData("health", "ik krijg amper lucht en de vernevelaar is nog niet bezorgd")]
    // a relative's condition
    [InlineData("vulnerable", "my brother has a learning disability and your rep sold him a phone contract")]
    [InlineData("vulnerable", "ma tante est sous tutelle et vous lui avez vendu un crédit")]
    [InlineData("vulnerable", "mein Cousin ist geistig behindert und musste einen Vertrag unterschreiben")]
    [InlineData("vulnerable", "mi primo tiene esquizofrenia y le vendieron un seguro caro")]
    [InlineData("vulnerable", "meu tio tem síndrome de Down e assinou um plano sem entender")]
    [InlineData("vulnerable", "mijn broer is verstandelijk beperkt en kreeg toch een lening")]
    // a police or fraud report
    [InlineData("legal", "I have filed a police report about the missing payment")]
    [InlineData("legal", "j'ai signalé ce site à la répression des fraudes")]
    [InlineData("legal", "ich werde Strafanzeige erstatten")]
    [InlineData("legal", "voy a poner una denuncia en comisaría")]
    [InlineData("legal", "fiz um boletim de ocorrência por causa da cobrança")]
    [InlineData("legal", "ik doe aangifte van oplichting")]
    // a courier's, mover's or fitter's vehicle or tool that hit property; a pipe drilled into
    [InlineData("damage", "the courier's van clipped our wing mirror")]
    [InlineData("damage", "le livreur a accroché le portail avec sa camionnette")]
    [InlineData("damage", "der Monteur hat beim Bohren das Heizungsrohr angebohrt")]
    [InlineData("damage", "el repartidor golpeó el coche de mi vecino al aparcar")]
    [InlineData("damage", "o técnico furou um cano na parede da sala")]
    [InlineData("damage", "de verhuizers hebben de deurpost beschadigd")]
    // followed, mocked, touched, threatened, fear of going back
    [InlineData("abuse", "the security guard followed me to my car shouting")]
    [InlineData("abuse", "le caissier s'est moqué de mon accent devant la file")]
    [InlineData("abuse", "der Kellner hat mich begrapscht")]
    [InlineData("abuse", "el cobrador me amenazó por teléfono")]
    [InlineData("abuse", "o funcionário passou a mão em mim no provador")]
    [InlineData("abuse", "de medewerker zei dat ik terug moest naar mijn eigen land")]
    [InlineData("abuse", "I'm scared to go back to that branch after what the manager said")]
    // contacts past counting, tickets counted, explaining from scratch, dates listed
    [InlineData("repeated_contact", "I've lost count of the emails about this refund")]
    [InlineData("repeated_contact", "j'ai ouvert trois tickets et aucun n'a été traité")]
    [InlineData("repeated_contact", "jedes Mal weiterverbunden und alles von vorn erklärt")]
    [InlineData("repeated_contact", "llamé el 2, el 9 y el 16 y nada")]
    [InlineData("repeated_contact", "registrei quatro protocolos e nenhum resolveu")]
    [InlineData("repeated_contact", "vijf keer gebeld en nog steeds geen monteur")]
    // a duty manager, a human agent, a manager to call back
    [InlineData("person_requested", "can I speak with the duty manager please")]
    [InlineData("person_requested", "je veux un conseiller humain pour ma résiliation")]
    [InlineData("person_requested", "bitte einen menschlichen Ansprechpartner, keinen Bot")]
    [InlineData("person_requested", "necesito atención humana con urgencia")]
    [InlineData("person_requested", "que o gerente me ligue hoje")]
    [InlineData("person_requested", "laat de leidinggevende mij terugbellen")]
    public void Each_kind_finds_its_reason(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("I'm switching to your competitor, worst broadband ever")]
    [InlineData("je passe à la concurrence, c'est lamentable")]
    [InlineData("ich bin raus, erbärmlicher Service")]
    [InlineData("me paso a la competencia, menuda tomadura de pelo")]
    [InlineData("vou pra concorrência, serviço lamentável")]
    [InlineData("ik stap over, jullie houden ons voor de gek")]
    public void Leaving_said_plainly_with_contempt_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    [InlineData("the van broke down so the delivery came a day late")]
    [InlineData("le livreur n'a même pas frappé à la porte")]
    [InlineData("o entregador nem bateu na porta")]
    [InlineData("ik heb de instructies gevolgd maar de app werkt niet")]
    [InlineData("me toca esperar otra semana para el pedido")]
    [InlineData("the offer was only for a day and I missed it")]
    [InlineData("I might switch provider when the contract ends, it's a bit pricey")]
    [InlineData("ik ben erg gehecht aan jullie winkel maar de prijzen stijgen")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);

    // The cues stay quiet here, and so does the escalation model since escmodel15 (its gate chosen so that no conversation
    // text escalates, EscalationConversationTextsTests); at escmodel14's threshold the model handed these over.
    [Theory]
    [InlineData("ich musste nach Hause fahren ohne mein Paket")]
    [InlineData("the driver knocked once and left before I reached the door")]
    public void Near_misses_the_cues_leave_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);
}
