using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, sixth round: the ways of telling a reason as a story rather than naming it, found by kind in the misses of
/// blind batches a–e (tests/…/Escalation/MISS-KINDS-2026-12-02.md) and written from the definitions, in en, fr, de, es,
/// pt and nl over folded text: a fall told with the hurt that followed, a slippery floor, a near-miss told as "it could have
/// been bad", a door closing on an arm, splinters in food, flames and loose wires; "reported it 5 times", a promise made
/// every time and never kept, callback days that kept slipping; a terse "Manager. Now.", "I want the manager to ring me";
/// a cancelled treatment or chest pain; the customer's own disability; security staff who shove or follow; being filmed;
/// damage done while carrying or fitting, a vehicle driven into a parked car. Recall first (precision is spent on
/// purpose: a person reads a needless handoff, a missed injury is worse). Hand-written: no published lexicon of these
/// cues exists for these languages. <see cref="RegexOptions.NonBacktracking"/> like every escalation pattern.
/// </summary>
public static partial class EscalationStories
{
    private const string Falls = @"(fell|fallen|falling|slipped|tripped|went flying|took a tumble|"
        + @"tombee?s?|suis tombee?|est tombee?|chute|glisse\w*|trebuche\w*|"
        + @"gesturzt|hingefallen|hingeknallt|ausgerutscht|gestolpert|hinfiel|sturzte|"
        + @"me cai|se cayo|me resbale|se resbalo|caida|tropezo|tropece|"
        + @"cai|caiu|escorreguei|escorregou|tropecei|tropecou|tombo|"
        + @"gevallen|viel (op|van|om)|uitgegleden|gestruikeld|onderuit)";

    private const string Hurt = @"(hurt|injur\w*|bruis\w*|sprain\w*|(my|his|her|their) (head|wrist|hip|ankle|knee|back|arm|leg|face|shoulder)|"
        + @"(fait|fais) mal|mal (au|a la|aux)|blesse\w*|poignet|hanche|genou|cheville|la tete|l'epaule|"
        + @"weh|verletzt|handgelenk|hufte|knie|kopf|knochel|schulter|prellung|"
        + @"me hice dano|se hizo dano|lastim\w*|muneca|cadera|rodilla|la cabeza|tobillo|hombro|"
        + @"machuc\w*|magoo?\w*|pulso|quadril|joelho|cabeca|tornozelo|ombro|"
        + @"bezeerd|pijn|pols|heup|hoofd|enkel|schouder|gekneusd)";

    [GeneratedRegex(@"\b(" + Falls + @"\b[^.!?]{0,60}\b" + Hurt + @"|" + Hurt + @"\b[^.!?]{0,30}\b" + Falls + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex FallAndHurt();

    [GeneratedRegex(@"\b((wet|slippery|slick) (floor|floors|steps|stairs|entrance|tiles)|no (wet floor|warning) sign|(floor|floors|sol|boden|suelo|piso|chao|vloer)\b[^.!?]{0,25}\b(wet|slippery|mouille|glissant|nass|rutschig|glatt|mojado|resbaladizo|molhado|escorregadio|nat|glad)|"
        + @"sol (mouille|glissant)|par terre (mouille|glissant)|"
        + @"(nasser?|rutschiger?|glatter?) (boden|fussboden|fliesen|eingang|treppe)|"
        + @"(suelo|piso) (mojado|resbaladizo|resbaloso)|"
        + @"(piso|chao) (molhado|escorregadio|liso)|"
        + @"(natte|gladde|glibberige) (vloer|tegels|trap|ingang))\b", RegexOptions.NonBacktracking)]
    public static partial Regex SlipperyFloor();

    [GeneratedRegex(@"\b(could (have|'ve) been (really |very |much |so |a lot )?(bad|worse|serious|fatal|a disaster|nasty|dangerous)|could (have|'ve) (hurt|injured|killed|blinded|burned|electrocuted)|(someone|somebody|a child|a kid) (could|will|is going to) get (hurt|killed|injured)|near miss|(almost|nearly) (an )?accident|"
        + @"(il|elle|ca|cela) (aurait|auraient) pu (etre grave|mal (finir|tourner)|(se |me |la |le )?(blesser|tuer|bruler))|aurait pu (la |le |me |se )?(blesser|tuer|bruler|electrocuter)|(failli|presque) (avoir )?un accident|"
        + @"(hatte|hatten|ware) (\w+ ){0,4}(verletzen|umbringen|toten|schlimm (ausgehen|enden)|ins auge gehen)|fast\b[^.!?]{0,30}\b(erwischt|angefahren|getroffen|verletzt|umgefahren)|beinahe\w* unfall|fast ein unfall|"
        + @"(pudo|podia|podria|pudiera) haber(se)? (sido (muy )?grave|(\w+ )?(herido|lastimado|matado|hecho dano|quemado))|casi (tenemos |hay |un )?(un )?accidente|"
        + @"(podia|podiam|poderia|podiam|pode) ter(-se| se)? (\w+ )?(machucad\w*|magoad\w*|ferid\w*|morrid\w*|matad\w*|sido grave|queimad\w*)|quase (um |houve um )?acidente|"
        + @"scheelde (weinig|niks|een haar)|had (\w+ ){0,4}(kunnen (raken|verwonden|doden|aflopen|verbranden)|slecht (kunnen )?aflopen|gewond kunnen)|bijna een (ongeluk|ongeval))\b", RegexOptions.NonBacktracking)]
    public static partial Regex CouldHaveBeenHurt();

    private const string EnglishBody = @"((my|his|her|their|your|\w+'s) (arm|arms|hand|hands|finger|fingers|leg|legs|head|foot|feet))";

    private const string FrenchBody = @"(bras|main|mains|doigts?|jambes?|tete|pied)";

    private const string GermanBody = @"(arm|arme|hand|hande|finger|fingern|bein|beine|kopf|fuss)";

    private const string SpanishBody = @"(brazo|brazos|mano|manos|dedos?|pierna|piernas|cabeza)";

    private const string PortugueseBody = @"(braco|bracos|mao|maos|dedos?|perna|pernas|cabeca)";

    private const string DutchBody = @"(arm|armen|hand|handen|vinger\w*|been|benen|hoofd|voet)";

    [GeneratedRegex(@"\b((closed|shut|slammed|snapped shut|trapped|crushed|caught|pinched)\b[^.!?]{0,30}\b" + EnglishBody + @"|"
        + @"(refermee?s?|fermee?s?|coince\w*|ecrase\w*|pince\w*)\b[^.!?]{0,30}\b" + FrenchBody + @"|"
        + @"" + GermanBody + @"\b[^.!?]{0,30}\b(eingeklemmt|gequetscht|zugegangen|zugeschlagen|eingequetscht)|"
        + @"(se cerro|se cerraron|cerro|atrap\w*|aplast\w*|pillo|pillaron)\b[^.!?]{0,30}\b" + SpanishBody + @"|"
        + @"(fechou|fecharam|prendeu|prenderam|esmag\w*|imprensou)\b[^.!?]{0,30}\b" + PortugueseBody + @"|"
        + @"(dicht|klem|bekneld|geplet)\b[^.!?]{0,30}\b" + DutchBody + @"|" + DutchBody + @"\b[^.!?]{0,30}\b(bekneld|geklemd|geplet))\b", RegexOptions.NonBacktracking)]
    public static partial Regex ClosedOnBody();

    [GeneratedRegex(@"\b((pieces?|bits?|shards?|splinters?|fragments?|chunks?|slivers?) of (glass|metal|wire|steel)|(glass|metal) (shards?|splinters?|fragments?)|(pieces?|bits?|chunks?) of (hard )?plastic (in|inside)|"
        + @"(morceaux?|bouts?|eclats?|fragments?) de (verre|metal|fer)|(morceaux?|bouts?) de plastique (dans|dedans)|"
        + @"(glas|metall|plastik|kunststoff|draht)(splitter\w*|stuck\w*|teilchen|scherbe\w*)|splitter (im|in der|in dem)|"
        + @"(trozos?|trocitos?|pedazos?|fragmentos?|astillas?) de (vidrio|cristal|metal)|(trozos?|trocitos?|pedazos?) de plastico (en|dentro)|"
        + @"(pedacos?|pedacinhos?|cacos?|fragmentos?|lascas?) de (vidro|metal)|(pedacos?|pedacinhos?) de plastico (n[oa]|dentro)|"
        + @"(stukjes?|splinters?|scherven|scherfjes?) (van )?(glas|metaal|ijzer)|(glas|metaal)(splinter\w*|scherf\w*|deeltjes)|stukjes? (hard )?plastic in)\b", RegexOptions.NonBacktracking)]
    public static partial Regex ForeignBodies();

    [GeneratedRegex(@"\b(burst into flames|went up in flames|in flames|caught alight|"
        + @"en flammes|a pris feu|pris feu|prend feu|"
        + @"in flammen|fing feuer|feuer gefangen|"
        + @"salio ardiendo|en llamas|ardiendo|prendio fuego|"
        + @"pegou fogo|em chamas|ardendo|"
        + @"vlam gevat|in vlammen|vatte vlam|"
        + @"(loose|exposed|bare|dangling|hanging|live) (electric(al)? )?(wires?|cables?)|(wires?|cables?) (hanging|sticking) out|"
        + @"(fils?|cables?) (electriques? )?(denudes?|qui pendent|a nu|par terre|apparents?)|"
        + @"(lose|offene|blanke|freiliegende) (strom)?(kabel|leitungen|drahte)|"
        + @"cables? (electricos? )?(sueltos|pelados|al aire|por el suelo)|"
        + @"fios? (eletricos? |eletrico )?(soltos?|desencapados?|expostos?|no chao)|"
        + @"(losse|blote|kale) (stroom)?(draden|kabels))\b", RegexOptions.NonBacktracking)]
    public static partial Regex FlamesAndWires();

    private const string ChildGear = @"(cot|crib|high ?chair|pram|stroller|car ?seat|baby gate|playpen|changing table|bunk bed|"
        + @"berceau|lit (de )?bebe|lit parapluie|chaise haute|poussette|siege auto|transat|parc bebe|"
        + @"kinderbett|babybett|gitterbett|hochstuhl|kinderwagen|kindersitz|babyschale|laufstall|hochbett|"
        + @"cuna|trona|carrito de bebe|cochecito|silla de (auto|coche)|litera|"
        + @"berco|cadeirinha|cadeira de alimentacao|carrinho de bebe|bebe conforto|cercadinho|beliche|"
        + @"wieg|ledikant|kinderbed|kinderstoel|kinderwagen|autostoeltje|stapelbed)";

    private const string CameApart = @"(came apart|fell apart|collapsed|broke|gave way|folded|"
        + @"demonte\w*|effondre\w*|cede|replie\w*|"
        + @"auseinander\w*|zusammengebrochen|zusammengeklappt|eingeknickt|"
        + @"desmont\w*|se desarm\w*|se vino abajo|se plego|se rompio|"
        + @"se desmontou|desmontou|desabou|quebrou|dobrou|"
        + @"uit elkaar|in elkaar (gezakt|geklapt)|ingestort|ingeklapt|brak)";

    [GeneratedRegex(@"\b(" + ChildGear + @"\b[^.!?]{0,40}\b" + CameApart + @"|" + CameApart + @"\b[^.!?]{0,40}\b" + ChildGear + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex ChildGearGaveWay();

    private const string Told = @"(reported|flagged|notified|"
        + @"signale\w*|remonte\w*|declare\w*|"
        + @"gemeldet|reklamiert|mitgeteilt|"
        + @"reportad[oa]|reporte|denunciad[oa]|avisad[oa]|avise|notificad[oa]|"
        + @"reportei|reportou|avisei|informei|notifiquei|"
        + @"gemeld|doorgegeven|aangegeven)";

    private const string Several = @"(([2-9]|\d{2}) ?(times|x|veces|fois|mal|vezes|keer)|(two|three|four|five|six|several|multiple|many|dos|tres|cuatro|cinco|varias|muchas|deux|trois|quatre|cinq|plusieurs|zwei|drei|vier|funf|x|duas|quatro|varias|twee|drie|vijf|meerdere) (times|veces|fois|mal|vezes|keer)|mehrmals|mehrfach|meermaals|zigmaal)";

    [GeneratedRegex(@"\b(" + Told + @"\b[^.!?]{0,30}\b" + Several + @"|" + Several + @"\b[^.!?]{0,30}\b" + Told + @"|"
        + @"(al|nu al|schon|bereits|ja|already|deja|ya) ([2-9]|\d{2})x\b|\b([2-9]|\d{2})x (gebeld|gemaild|beloofd|gevraagd|angerufen|geschrieben|versprochen|called|emailed|promised|asked|appele|ecrit|llamado|escrito|liguei|escrevi))\b", RegexOptions.NonBacktracking)]
    public static partial Regex ReportedTimes();

    private const string EveryTime = @"(every time|each time|everytime|every single time|"
        + @"a chaque fois|chaque fois|"
        + @"jedes mal|jedesmal|jedes einzelne mal|"
        + @"cada vez|siempre me (dicen|responden|contestan)|"
        + @"toda vez|sempre (me )?(dizem|respondem)|"
        + @"elke keer|iedere keer|telkens|steeds)";

    private const string Promise = @"(will (call|contact|get back|ring|email|be in touch|fix|sort|look into)|'ll (call|contact|get back|ring|be in touch)|going to (call|contact)|(call|contact) you (back|shortly|soon)|"
        + @"vous rappel\w*|vous (re)?contacte\w*|(va|vont) (vous |me |nous )?(rappeler|recontacter|contacter|regler)|"
        + @"hiess es|heisst es|wird erledigt|kummern uns|melden uns|meldet sich|(ruckruf|ruft) (\w+ )?(an|zuruck)|"
        + @"te (llamaremos|llamaran|contactara\w*)|(nos pondremos|se pondra|se pondran) en contacto|me contactara\w*|lo solucionan|"
        + @"(vai|vao) (entrar em contact\w*|ligar|retornar|resolver)|entraremos em contat\w*|retornaremos|"
        + @"(neemt|nemen) contact|contact (met u )?opnemen|(bellen|belt) (je|u|jou) terug|wordt opgelost)";

    [GeneratedRegex(@"\b(" + EveryTime + @"\b[^.!?]{0,50}\b" + Promise + @"|" + Promise + @"\b[^!?]{0,50}\b(they never (do|did|have)|never (did|does|happen\w*|came|comes)|nunca (lo hacen|llaman|llamaron|entram|ligam|ligaram|aparece\w*)|jamais (rappele|rien)|nie passiert|ist nie (passiert|geschehen)|nooit (gebeurd|gedaan)))\b", RegexOptions.NonBacktracking)]
    public static partial Regex PromisedEveryTime();

    private const string Weekdays = @"(monday|tuesday|wednesday|thursday|friday|saturday|"
        + @"lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        + @"montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
        + @"lunes|martes|miercoles|jueves|viernes|sabado|"
        + @"segunda|terca|quarta|quinta|sexta|"
        + @"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)";

    [GeneratedRegex(@"\b(call\w*|ring\w*|rappel\w*|appel\w*|anruf\w*|zuruckruf\w*|ruckruf\w*|rufen|llama\w*|liga\w*|ligar\w*|bel\w*)\b[^.!?]{0,40}\b" + Weekdays
        + @"\b[^.!?]{0,20}\b(then|luego|despues|puis|ensuite|dann|danach|depois|daarna|toen)\b[^.!?]{0,10}\b" + Weekdays + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex CallbackDaysSlipped();

    private const string Roles = @"(manager|supervisor|team ?leader|boss|someone senior|"
        + @"superviseur|responsable|directeur|directrice|"
        + @"vorgesetzte\w*|filialleite\w*|marktleite\w*|teamleite\w*|geschaftsfuhr\w*|chef|"
        + @"encargad[oa]|gerente|jefe|supervisor[a]?|"
        + @"chefe|supervisor[a]?|"
        + @"leidinggevende|teamleider|bedrijfsleider|filiaalmanager)";

    [GeneratedRegex(@"\b(" + Roles + @" ?[.,!:-]{1,3} ?(now|asap|immediately|right now|today|please|maintenant|tout de suite|immediatement|svp|jetzt|sofort|bitte|ya|ahora|ahora mismo|por favor|agora|ja|nu|meteen|direct|graag)\b|"
        + Roles + @" (now|asap|immediately|right now|maintenant|tout de suite|immediatement|jetzt|sofort|ahora mismo|agora mesmo|nu meteen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex TerseDemand();

    [GeneratedRegex(@"\b((give me|get me|put me through to|i want|i need) (your|the|a) (\w+ )?" + Roles + @"|(geef|geeft) (me|mij) (je|jullie|uw|de|een) " + Roles + @"|passez[- ]moi (un|le|votre|la) " + Roles + @"|je (veux|demande|exige) (un|le|votre|la) " + Roles + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex RoleDemanded();

    [GeneratedRegex(@"\b((geben sie|gebt) mir (den|die|ihren|euren|einen) " + Roles + @"|ich (will|mochte|verlange) (den|die|ihren|euren|einen|eine) " + Roles + @"|"
        + @"(quiero|exijo) (al|a la|a un|a una|hablar con el|hablar con la) " + Roles + @"|(pasame|paseme|pasenme) (al|a la|con el|con la) " + Roles + @"|"
        + @"(quero|exijo) (o|a|um|uma|falar com o|falar com a) " + Roles + @"|me (passa|passe|da|de) (o|a|um|uma) " + Roles + @"|"
        + @"ik (wil|eis) (je|jullie|uw|de|een) " + Roles + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex RoleDemandedElsewhere();

    private const string BreakVerbs = @"(zerschlag\w*|zertrummer\w*|partiu|partiram|partiste|partido|partida|partiu-me|fendue?s?|rajad[oa]s?|rajo)";

    [GeneratedRegex(@"\b" + BreakVerbs + @"\b[^.!?]{0,45}\b" + EscalationPatterns.PropertyNouns + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex PropertyBroken();

    [GeneratedRegex(@"\b" + EscalationPatterns.PropertyNouns + @"\b[^.!?]{0,45}\b" + BreakVerbs + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex PropertyFoundBroken();

    [GeneratedRegex(@"\b(mich\b[^.!?]{0,30}\b(anruft|zuruckruft|anrufen|zuruckrufen|kontaktiert)|(bitte|dringend|sofort|umgehend) (dringend |sofort |umgehend )?(anrufen|zuruckrufen)|rufen sie mich|ruft mich|"
        + @"(faire|fasse|faites[- ]moi) (r)?appeler|me faire (re)?contacter|(vrai|vraie|un|une) (humain|personne) au telephone|vrai humain|"
        + @"(human|person|someone|somebody) on the (phone|line)|please (call|ring|phone) me|call me (asap|urgently|today|back)|"
        + @"(mensch|person|jemand) am telefon|persona al telefono|alguien al telefono|pessoa (no|ao) telefone|alguem (no|ao) telefone|mens aan de (telefoon|lijn)|"
        + @"" + Roles + @"\b[^.!?]{0,30}\b(call me|ring me|phone me|m'appelle|me rappelle|me llame|me ligue|mij belt|me belt|(me|mij) (terug)?bellen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex SomeoneToCall();

    [GeneratedRegex(@"\b(chimio\w*|quimio\w*|radiotherap\w*|radiotherapie|strahlentherapie|radioterapia|bestraling\w*|dialyse|dialisis|dialise|"
        + @"chest pains?|pain in (my|his|her) chest|douleurs? (thoraciques?|(a|dans) la poitrine)|mal a la poitrine|brustschmerz\w*|schmerzen in der brust|dolor (en el|de) pecho|dor no peito|pijn op de borst|"
        + @"type 1|typ 1|tipo 1|diabeet\w*|suikerzie\w*|zuckerkrank\w*|glucose\w*|glukose\w*|glicose|cgm|freestyle libre|dexcom|"
        + @"(i'?m|im|am) in (\w+ )?pain|it hurts|me duele\w*|j'ai (tres |si )?mal (a|au|aux)|tut (\w+ )?weh|habe (starke )?schmerzen|esta doendo|(estou|to) com dor|doi (muito|demais)|heb (veel |erge )?pijn)\b", RegexOptions.NonBacktracking)]
    public static partial Regex TreatmentAndPain();

    [GeneratedRegex(@"\b((i am|i'?m|im|ich bin|ik ben|my \w+ is|mein \w+ ist|meine \w+ ist|mijn \w+ is|he is|she is|er ist|sie ist|hij is|zij is) (\w+ )?(blind|aveugle|ciego|ciega|cego|cega)|"
        + @"\w*behindert\w*|screen ?readers?|lecteur d'ecran|bildschirmleser|lector de pantalla|leitor de (tela|ecra)|schermlezer|voiceover|talkback|braille|"
        + @"sclerosis|sclerose|esclerose|esclerosis|sklerose|paraly\w*|paralys\w*|gelahmt|querschnitt\w*|parapleg\w*|tetrapleg\w*|amput\w*|cerebral palsy|"
        + @"(i )?live (alone|on my own)|vivo sol[oa]|je vis seule?|ich (wohne|lebe) allein|moro sozinh[oa]|vivo sozinh[oa]|ik woon alleen|"
        + @"can'?t (walk|climb|manage|do) (the )?stairs|no puedo (bajar|subir) (las )?escaleras|nao consig\w* (descer|subir)|(kann|konnen) (\w+ )?(keine )?treppen|kan (de )?trap niet|ne (peux|peut) pas (monter|descendre))\b", RegexOptions.NonBacktracking)]
    public static partial Regex OwnDisability();

    private const string Guards = @"(security (guard|man|staff|guy|team)|guard|bouncer|door ?man|store detective|vigile|agent de securite|wachmann|security-mann|sicherheitsdienst|ladendetektiv|detektiv|"
        + @"vigilante|guardia|(o|um|os) segurancas?|beveiliger|bewaker|portier)";

    [GeneratedRegex(@"\b(shoved|pinned (me|us|her|him)|manhandled|roughed (me )?up|grabbed (me|my|us|her|his)|dragged (me|us|her|him)|"
        + @"plaque\w* (contre|au sol|par terre)|bouscule\w*|m'a (pousse|tire|empoigne)e?|"
        + @"gestossen|festgehalten|geschubst|gezerrt|"
        + @"zarande\w*|me (tumbo|sujeto|agarr\w*|arrastr\w*)|"
        + @"me (prensou|arrastou|jogou|derrubou)|"
        + @"hardhandig|vastgegrepen|weggeduwd|tegen de (muur|grond)|"
        + @"" + Guards + @"\b[^.!?]{0,60}\b(followed|suivi\w*|verfolgt|gefolgt|siguio|seguiu|volgde|searched|fouill\w*|durchsucht|registr\w*|revist\w*|accus\w*|beschuldig\w*|acus\w*|pushed|pousse\w*|empurr\w*|empuj\w*|duwde)|"
        + @"(filmed|photographed|took (a )?(photos?|pictures?|video) of) (me|us|her|him|my)|recorded (me|us|her|him)|m'a (filme|photographie|enregistre)e?|(hat|haben) (mich|uns) (heimlich )?(gefilmt|fotografiert|aufgenommen)|"
        + @"me (grab(o|aron)|film(o|aron)|fotografi(o|aron))|me (filmou|gravou|fotografou|filmaram|gravaram)|(filmde|fotografeerde) (me|mij)|(heeft|hebben) (me|mij) (stiekem )?(gefilmd|gefotografeerd))\b", RegexOptions.NonBacktracking)]
    public static partial Regex ForceOrFilming();

    private const string DamageDoing = @"(scratch\w*|scrap\w*|dent(ed|s)?|smash\w*|broke|broken|crack\w*|damag\w*|chipped|"
        + @"ray\w*|cass\w*|abim\w*|fendu\w*|"
        + @"zerkratz\w*|zerschlag\w*|zertrummer\w*|kaputt\w*|beschadig\w*|zerbroch\w*|"
        + @"romp\w*|rompi\w*|raj\w*|danad[oa]s?|danaron|dano|"
        + @"partiu|partiram|partiste|quebr\w*|risc\w*|estrag\w*|"
        + @"beschadigd|kapot\w*|gekrast|kras|brak|gebroken)";

    private const string WhileWorking = @"((while|when) (carrying|bringing|assembling|installing|fitting|delivering|moving|unloading)|"
        + @"en (montant|installant|livrant|portant|posant)|"
        + @"beim (aufbauen|einbauen|reintragen|hereintragen|tragen|montieren|liefern|installieren|abstellen)|"
        + @"al (montar|instalar|subir|meter|entregar|descargar)|"
        + @"ao (montar|instalar|entregar|carregar|subir|descarregar)|"
        + @"bij het (monteren|installeren|bezorgen|naar binnen|tillen|sjouwen)|tijdens het (monteren|installeren|bezorgen))";

    private const string Vehicles = @"(van|truck|lorry|bus|vehicle|camion\w*|camionnette|furgon\w*|lkw|transporter|lieferwagen|"
        + @"carrinha|caminhao|bestelbus|busje|bezorgbus|vrachtwagen|z'n bus|zijn bus)";

    [GeneratedRegex(@"\b(" + DamageDoing + @"\b[^.!?]{0,50}\b" + WhileWorking + @"|" + WhileWorking + @"\b[^.!?]{0,50}\b" + DamageDoing + @"|"
        + @"(drove|reversed|backed|crashed|ran) into (my|our) (\w+ )?(car|van|house|garage|fence|wall|gate)|(hit|scraped|dented|scratched) (my|our) (parked )?car|"
        + @"(a |ont )?(percute|embouti|accroche|raye|defonce) (ma|notre) (voiture|grille|cloture|facade)|"
        + @"(fuhr|ist|hat)\b[^.!?]{0,30}\b(gegen|in) (mein|meinen|unser|unseren) (\w+ )?(auto|wagen|tor|zaun|garage)|(mein|unser) (geparktes )?auto (gerammt|angefahren|beschadigt|zerkratzt)|"
        + @"(choco|golpeo|dio) (contra|con|a) (mi|nuestro) (coche|carro|muro|garaje|portal)|"
        + @"(bateu|bateram|raspou) (\w+ )?(no|em) (meu|nosso) (carro|portao|muro)|"
        + @"" + Vehicles + @"\b[^.!?]{0,20}\btegen (mijn|onze) (\w+ )?(auto|wagen|schutting|muur|poort|garagedeur)|(reed|botste) (\w+ ){0,4}tegen (mijn|onze) (\w+ )?(auto|wagen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex DamageWhileWorking();

    /// <summary>Telling everyone or warning others: leaving only when angry ("I will tell everyone how lovely the staff were" is praise).</summary>
    [GeneratedRegex(@"\b(tell(ing)? (all|everyone|everybody|all my friends)|warn(ing)? (everyone|others|people)|spread(ing)? the word|je previens tout|(le )?dire a tout le monde|je le dirai a tout|"
        + @"erzahl\w* (das|es) (jedem|allen|uberall)|erzahle es (jedem|allen)|"
        + @"se lo (dire|voy a contar) a todo el mundo|contarselo a todo|"
        + @"(vou )?espalhar (pra|para) (todo mundo|todos)|contar (pra|para) todo|"
        + @"iedereen (vertellen|waarschuwen)|"
        // seventh round: warning others away, and "everywhere"/"to the whole world" forms
        + @"(tell|telling|warn|warning) (everyone|everybody|people|all my friends|others) to (stay away|avoid)|stay away from (you|them|this)|(le )?dire partout|(je vais )?(le )?crier partout|"
        + @"uberall (davor )?warnen|(werde|will) (alle|jeden|uberall) (davor )?warnen|(decirselo|contarselo|decirlo|contarlo) a todo el mundo|(avisar|alertar) (todo mundo|todos)|"
        + @"iedereen (afraden|ervoor waarschuwen)|overal (vertellen|rondvertellen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex TellingEveryone();

    /// <summary>Words of a customer who feels cheated or insulted on the way out, counted as anger with leaving.</summary>
    [GeneratedRegex(@"\b(scam\w*|fraud\w*|con artists|cowboys|junk|rubbish|garbage|crap company|rude|"
        + @"arnaque\w*|escroc\w*|voleurs|c'est une honte|quelle honte|minables?|incapables|pourri\w*|"
        + @"betrug\w*|betruger\w*|\w+bande|abzock\w*|saftladen|unverschamt\w*|drecksladen|"
        + @"estafa\w*|timo|timador\w*|ladrones|sinverguenza\w*|basura|porqueria|"
        + @"golpe|golpistas|fraude|porcaria|lixo|ridicul[oa]|vergonha|"
        + @"oplichter\w*|oplichting|prutsbedrijf|prutsers|rotbedrijf|onbeschoft|klaar met (dit|jullie|die|deze|het|jou))\b", RegexOptions.NonBacktracking)]
    public static partial Regex CheatedOrInsulted();

    /// <summary>"cancel it now", "sofort kündigen": leaving without naming what is left.</summary>
    [GeneratedRegex(@"\b(cancel (it|this|that|everything|all)( now| today| immediately| right now)?|sofort kundig\w*|kundig\w* sofort|annulez (tout|le)|resiliez|cancelad(lo)?|cancelen(lo)?|cancela(r)? tudo|per direct opzeg\w*|zeg (alles|het) op)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CancelItNow();
}
