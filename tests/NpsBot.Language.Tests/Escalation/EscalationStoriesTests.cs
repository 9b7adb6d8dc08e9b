using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationStories"/> and <see cref="EscalationDefinitionCues"/>, issue 12, sixth round: each kind of the
/// misses on batches a–e (MISS-KINDS-2026-12-02.md) in the six languages, in wording written for these tests (no blind
/// item copied). Sentiment is neutral (0), so the wording alone has to carry the reason. Near-misses stay quiet.
/// </summary>
public sealed class EscalationStoriesTests
{
    [Theory]
    // a fall told as a story, with the hurt that followed
    [InlineData("safety", "I slipped by the tills and hurt my knee badly")]
    [InlineData("safety", "je suis tombée dans l'escalier du magasin et je me suis fait mal au dos")]
    [InlineData("safety", "bin auf der Rampe ausgerutscht und hab mir das Handgelenk verstaucht")]
    [InlineData("safety", "me resbalé en la entrada y me hice daño en la rodilla")]
    [InlineData("safety", "escorreguei na rampa e machuquei o joelho")]
    [InlineData("safety", "ik ben bij de kassa gevallen en heb mijn pols bezeerd")]
    // a slippery floor
    [InlineData("safety", "the floor by the fridges was wet and slippery")]
    [InlineData("safety", "sol mouillé partout au rayon frais")]
    [InlineData("safety", "nasser Boden im Eingangsbereich, kein Hinweis")]
    [InlineData("safety", "suelo mojado en el pasillo de la fruta")]
    [InlineData("safety", "piso molhado na entrada do mercado")]
    [InlineData("safety", "natte vloer bij de groenteafdeling")]
    // a near-miss told as "it could have been bad"
    [InlineData("safety", "the shelf came down next to us, it could have been really bad")]
    [InlineData("safety", "le panneau est tombé juste à côté, ça aurait pu être grave")]
    [InlineData("safety", "das Schild hätte meinen Sohn verletzen können")]
    [InlineData("safety", "la caja cayó al lado del carro, pudo haber sido grave")]
    [InlineData("safety", "a prateleira caiu, alguém podia ter se machucado")]
    [InlineData("safety", "het rek viel om, scheelde weinig of het was mis gegaan")]
    // a door or a machine closing on a body
    [InlineData("safety", "the lift doors shut on my son's hand")]
    [InlineData("safety", "la barrière s'est refermée sur le bras de mon mari")]
    [InlineData("safety", "die Schiebetür hat ihm die Hand eingeklemmt")]
    [InlineData("safety", "la puerta del ascensor se cerró sobre la mano de mi hija")]
    [InlineData("safety", "a porta do elevador fechou na mão do meu filho")]
    [InlineData("safety", "de schuifdeur ging dicht op de arm van mijn dochter")]
    // splinters or pieces in food
    [InlineData("safety", "found bits of metal in the granola")]
    [InlineData("safety", "des éclats de verre dans la confiture")]
    [InlineData("safety", "ein Glassplitter im Müsli")]
    [InlineData("safety", "trozos de vidrio en la mermelada")]
    [InlineData("safety", "pedaços de vidro no iogurte")]
    [InlineData("safety", "stukjes glas in de jam")]
    // flames and loose wires
    [InlineData("safety", "the toaster burst into flames on the counter")]
    [InlineData("safety", "des fils électriques dénudés dans le couloir du magasin")]
    [InlineData("safety", "lose Kabel hingen aus der Decke über der Kasse")]
    [InlineData("safety", "la freidora salió ardiendo")]
    [InlineData("safety", "fios desencapados perto da porta")]
    [InlineData("safety", "de lamp vatte vlam")]
    // a piece of child gear that gave way
    [InlineData("safety", "the high chair collapsed with the baby in it")]
    [InlineData("safety", "la chaise haute s'est effondrée")]
    [InlineData("safety", "das Babybett ist auseinandergefallen")]
    [InlineData("safety", "la trona se rompió con el niño sentado")]
    [InlineData("safety", "o berço desmontou de noite")]
    [InlineData("safety", "de kinderstoel is ingestort")]
    public void A_safety_story_is_safety(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // "reported it N times"
    [InlineData("repeated_contact", "I've reported the broken card reader 4 times")]
    [InlineData("repeated_contact", "j'ai signalé le problème trois fois")]
    [InlineData("repeated_contact", "ich habe den Fehler schon drei Mal gemeldet")]
    [InlineData("repeated_contact", "he reportado la avería tres veces")]
    [InlineData("repeated_contact", "já reportei o problema 3 vezes")]
    [InlineData("repeated_contact", "al 3x gemeld bij de servicedesk")]
    // a promise made every time and never kept
    [InlineData("repeated_contact", "every time they say they will call me back")]
    [InlineData("repeated_contact", "à chaque fois on me dit qu'on va me rappeler")]
    [InlineData("repeated_contact", "jedes Mal hieß es, man kümmert sich")]
    [InlineData("repeated_contact", "cada vez me dicen que me contactarán")]
    [InlineData("repeated_contact", "toda vez dizem que vão retornar")]
    [InlineData("repeated_contact", "elke keer zeggen ze dat ze contact opnemen")]
    // callback days that kept slipping
    [InlineData("repeated_contact", "they'd call on Tuesday, then Thursday, then nothing")]
    [InlineData("repeated_contact", "rappel promis lundi puis jeudi")]
    [InlineData("repeated_contact", "Rückruf am Montag, dann Mittwoch, nichts")]
    [InlineData("repeated_contact", "me iban a llamar el martes y luego el jueves")]
    [InlineData("repeated_contact", "iam ligar na terça, depois na quinta")]
    [InlineData("repeated_contact", "ze zouden bellen op maandag, daarna woensdag")]
    // the same answer asked for again and again
    [InlineData("repeated_contact", "each time a different answer from your agents")]
    [InlineData("repeated_contact", "chaque fois une autre réponse")]
    [InlineData("repeated_contact", "immer eine andere Auskunft")]
    [InlineData("repeated_contact", "cada vez una respuesta diferente")]
    [InlineData("repeated_contact", "cada vez uma resposta diferente")]
    [InlineData("repeated_contact", "elke keer een ander antwoord")]
    public void Contact_again_and_again_is_repeated_contact(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // a terse demand for someone in charge
    [InlineData("person_requested", "supervisor. now.")]
    [InlineData("person_requested", "un responsable, maintenant")]
    [InlineData("person_requested", "ich will den Filialleiter")]
    [InlineData("person_requested", "quiero al encargado")]
    [InlineData("person_requested", "me passa o gerente")]
    [InlineData("person_requested", "geef me de leidinggevende")]
    // someone named to call
    [InlineData("person_requested", "I want the store manager to ring me")]
    [InlineData("person_requested", "faites-moi rappeler par votre service client")]
    [InlineData("person_requested", "ich möchte, dass mich jemand zurückruft")]
    [InlineData("person_requested", "que el gerente me llame")]
    [InlineData("person_requested", "quero que o gerente me ligue")]
    [InlineData("person_requested", "ik wil dat de manager mij terugbelt")]
    // speaking with someone in charge, in any wording
    [InlineData("person_requested", "can I talk to a manager please")]
    [InlineData("person_requested", "je voudrais parler à un responsable")]
    [InlineData("person_requested", "ich will mit einem Verantwortlichen sprechen")]
    [InlineData("person_requested", "quiero hablar con un responsable")]
    [InlineData("person_requested", "quero falar com um responsável")]
    [InlineData("person_requested", "ik wil met een leidinggevende spreken")]
    public void Asking_for_someone_in_charge_is_a_person_requested(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // treatment cancelled, chest pain, a chronic condition, pain now
    [InlineData("health", "my chemo appointment was moved with no new date")]
    [InlineData("health", "séance de chimio annulée par SMS")]
    [InlineData("health", "ich habe Brustschmerzen und der Termin wurde abgesagt")]
    [InlineData("health", "me duele mucho la muela y no me dan cita")]
    [InlineData("health", "estou com dor e ninguém me atende")]
    [InlineData("health", "ik ben diabeet en de sensoren kwamen niet")]
    // high blood pressure
    [InlineData("health", "I have high blood pressure and the monitor reads nonsense")]
    [InlineData("health", "je suis hypertendu et le tensiomètre ne marche pas")]
    [InlineData("health", "Bluthochdruck und das Gerät ist kaputt")]
    [InlineData("health", "soy hipertensa y el aparato no funciona")]
    [InlineData("health", "sou hipertenso e o aparelho veio com defeito")]
    [InlineData("health", "ik heb hoge bloeddruk en de meter doet het niet")]
    public void A_health_urgency_is_health(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // the customer's own disability, in the first person, or living alone
    [InlineData("vulnerable", "I'm blind and your app doesn't work with VoiceOver")]
    [InlineData("vulnerable", "je vis seule et je ne peux pas monter les colis")]
    [InlineData("vulnerable", "ich bin gehbehindert und der Aufzug war kaputt")]
    [InlineData("vulnerable", "tengo esclerosis múltiple y nadie me ayudó")]
    [InlineData("vulnerable", "moro sozinho e não consigo subir as escadas")]
    [InlineData("vulnerable", "ik woon alleen en kan de trap niet op")]
    // under guardianship
    [InlineData("vulnerable", "my brother is under guardianship and you sold him a loan")]
    [InlineData("vulnerable", "ma tante est sous curatelle")]
    [InlineData("vulnerable", "mein Onkel steht unter Betreuung")]
    [InlineData("vulnerable", "mi tío está bajo tutela")]
    [InlineData("vulnerable", "meu tio está sob curatela")]
    [InlineData("vulnerable", "mijn oom staat onder bewind")]
    public void A_vulnerable_customer_is_vulnerable(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // force used by security staff, or being filmed
    [InlineData("abuse", "the security guard followed me to the car park")]
    [InlineData("abuse", "le vigile m'a bousculée à la sortie")]
    [InlineData("abuse", "der Wachmann hat mich gestoßen")]
    [InlineData("abuse", "el vigilante me agarró del brazo")]
    [InlineData("abuse", "o segurança me empurrou na saída")]
    [InlineData("abuse", "een medewerker heeft me stiekem gefilmd")]
    public void Force_or_filming_is_abuse(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // damage done while carrying or fitting, or a worker who left a mark
    [InlineData("damage", "they cracked the mirror while carrying the bed upstairs")]
    [InlineData("damage", "les livreurs ont troué le mur en montant l'armoire")]
    [InlineData("damage", "die Monteure haben ein Loch in die Tür gemacht")]
    [InlineData("damage", "rompieron el espejo al subir el armario")]
    [InlineData("damage", "os montadores riscaram o chão da sala")]
    [InlineData("damage", "de verhuizers maakten een deuk in de deur")]
    // a vehicle driven into a parked car
    [InlineData("damage", "the delivery van reversed into my car")]
    [InlineData("damage", "le livreur a embouti ma voiture")]
    [InlineData("damage", "der Lieferwagen fuhr gegen mein Auto")]
    [InlineData("damage", "la furgoneta chocó contra mi coche")]
    [InlineData("damage", "o caminhão bateu no meu carro")]
    [InlineData("damage", "de bestelbus reed tegen mijn auto")]
    public void Damage_by_workers_is_damage(string reason, string text) =>
        Assert.Contains(reason, EscalationClassifier.Classify(text, 0));

    [Theory]
    // leaving with a cheated or insulted word, or "cancel it now"
    [InlineData("cancel it now, scam company")]
    [InlineData("je résilie, c'est une arnaque")]
    [InlineData("sofort kündigen, Abzocke")]
    [InlineData("me doy de baja, sois unos estafadores")]
    [InlineData("vou cancelar, que golpe")]
    [InlineData("ik zeg op, oplichters")]
    // telling everyone, with anger, beside leaving or alone
    [InlineData("I'm telling everyone what a rip-off you are")]
    [InlineData("je vais le dire à tout le monde, c'est une honte, je pars")]
    public void Leaving_cheated_is_churn_with_anger(string text) =>
        Assert.Contains(EscalationReasons.ChurnAnger, EscalationClassifier.Classify(text, 0));

    [Theory]
    // praise told to everyone is no escalation
    [InlineData("I will tell everyone how lovely the staff were")]
    [InlineData("je vais le dire à tout le monde, super accueil")]
    [InlineData("ich erzähle es allen, tolles Team")]
    [InlineData("ik ga het iedereen vertellen, wat een aardig personeel")]
    // a fall, a door or pieces that are no injury
    [InlineData("prices fell but the quality went down too")]
    [InlineData("the store closed early on Sunday")]
    [InlineData("cheap piece of plastic, broke in a week")]
    [InlineData("I reported it once and it was fixed")]
    [InlineData("the manager was very helpful")]
    [InlineData("llamé ayer y nada, pero hoy lo resolvieron")]
    [InlineData("la tienda no tiene ascensor, nada grave")]
    [InlineData("me cobraron sin aviso el envío")]
    [InlineData("kosten zonder waarschuwing afgeschreven")]
    public void Near_misses_stay_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);

    // The cues stay quiet here, and so does the escalation model since escmodel15 (its gate chosen so that no conversation
    // text escalates, EscalationConversationTextsTests); at escmodel14's threshold the model handed these over.
    [Theory]
    [InlineData("se lo voy a contar a todo el mundo, qué amables")]
    [InlineData("vou contar pra todo mundo, atendimento ótimo")]
    public void Near_misses_the_cues_leave_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);
}
