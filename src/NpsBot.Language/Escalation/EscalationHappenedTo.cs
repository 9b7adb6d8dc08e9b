using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, twelfth round (esc12k): safety and health told as what happened to a child or an object, from the kinds of
/// batch k's misses (tests/…/Escalation/MISS-KINDS-2026-12-02-k.md), in all six languages over folded text: play or child
/// gear that broke or came loose with a child on it, a lid or part that flew off and nearly hit someone, a person cut on
/// something, gas bottles left open or a smell of gas; illness named after a meal, a collapse, heatstroke, the emergency
/// service waited for. General wording, never one line's.
/// </summary>
public static partial class EscalationHappenedTo
{
    private const string PlayOrChildGear = @"(swings?|slide|see-?saw|trampoline|climbing frame|play ?(equipment|frame|house)|stair ?gate|safety gate|baby gate|high ?chair|cot|crib|pram|pushchair|stroller|buggy|car ?seat|booster|isofix|scooter|handlebars?|bike|bicycle|bunk bed|"
        + @"balancoire|toboggan|trampoline|barriere (d'escalier|de securite)|chaise haute|lit (bebe|parapluie)|poussette|siege auto|rehausseur|trottinette|guidon|velo|lits superposes|"
        + @"schaukel|rutsche|wippe|trampolin|klettergerust|treppenschutzgitter|schutzgitter|treppengitter|hochstuhl|kinderbett|kinderwagen|buggy|kindersitz|babyschale|isofix|roller|tretroller|lenker|fahrrad|hochbett|"
        + @"columpio|tobogan|balancin|cama elastica|barrera (de|para) (la )?escalera|trona|cuna|carrito|cochecito|silla de (auto|coche)|elevador|isofix|anclaje|patinete|manillar|bici|bicicleta|litera|"
        + @"balanco|escorregador|escorrega|gangorra|cama elastica|portao (de|da) escada|grade (de|da) escada|cadeira de (alimentacao|papa)|berco|carrinho|cadeirinha|isofix|patinete|trotinete|guidao|guiador|bicicleta|beliche|"
        + @"schommel|glijbaan|wip|trampoline|klimrek|speeltoestel|traphek\w*|kinderhek\w*|kinderstoel|ledikant|kinderwagen|buggy|autostoel\w*|kinderzitje|isofix|step|stuur|fiets|stapelbed)";

    private const string GaveWay = @"(broke( off| away)?|snapped|came (loose|off|away|apart|undone|out)|gave way|collapsed|detached|unclipped|(popped|sprang|shot) (open|off|loose|out)|"
        + @"(s'est )?(casse\w*|rompu\w*|detache\w*|effondre\w*|ouvert\w*|decroche\w*)|a lache|a cede|"
        + @"(ist |hat sich )?(gebrochen|abgebrochen|abgerissen|gelost|losgerissen|aufgegangen|nachgegeben|herausgerissen|ausgehakt)|brach (ab|weg)?|"
        + @"se (le |les )?(rompio|partio|solto|desprendio|abrio|cayo|vino abajo)|cedio|"
        + @"(se )?(quebrou|partiu|soltou|desprendeu|abriu|rompeu|desabou)|cedeu|"
        + @"brak( af)?|afgebroken|schoot (los|open)|kwam los|losgeschoten|losgeraakt|bezweek|begaf het)";

    private const string Child = @"(child|children|kids?|son|daughter|baby|toddler|little (one|boy|girl)|boy|girl|grand(son|daughter)|"
        + @"enfants?|fils|fille|fillette|bebe|petit|petite|"
        + @"kind|kinder|sohn|tochter|kleine[nr]?|enkel\w*|"
        + @"hij[oa]s?|nin[oa]s?|bebe|chaval|crio|pequen[oa]|niet[oa]|"
        + @"filh[oa]s?|crianca|criancas|bebe|menin[oa]|net[oa]|miudo|"
        + @"kinderen|zoon\w*|dochter\w*|baby|kleintje|kleinzoon|kleindochter|(\d+|one|two|three|four)[- ](year|month)s?[- ]old|\d+ mois|\d+ monate|\d+ meses|peuter|dreumes|kleinkind)";

    /// <summary>
    /// Play or child gear that broke or came loose (a swing, a stair gate, a scooter's handlebar, a child seat's anchor),
    /// told in a complaint that names a child: two alternations, as one holding all three orders would be too large an
    /// automaton for the non-backtracking engine.
    /// </summary>
    public static bool ChildGearGaveWay(CueText folded) => (GearThenGaveWayCue.IsMatch(folded) || GaveWayThenGearCue.IsMatch(folded)) && AChildCue.IsMatch(folded);

    // Each run only on texts holding its literals (perf15).
    private static readonly PrefilteredRegex GearThenGaveWayCue = PrefilteredRegex.Of(GearThenGaveWay);
    private static readonly PrefilteredRegex GaveWayThenGearCue = PrefilteredRegex.Of(GaveWayThenGear);
    private static readonly PrefilteredRegex AChildCue = PrefilteredRegex.Of(AChild);

    [GeneratedRegex(@"\b" + PlayOrChildGear + @"\b[^.!?]{0,60}\b" + GaveWay + @"\b", RegexOptions.NonBacktracking)]
    private static partial Regex GearThenGaveWay();

    [GeneratedRegex(@"\b" + GaveWay + @"\b[^.!?]{0,40}\b" + PlayOrChildGear + @"\b", RegexOptions.NonBacktracking)]
    private static partial Regex GaveWayThenGear();

    [GeneratedRegex(@"\b" + Child + @"\b", RegexOptions.NonBacktracking)]
    private static partial Regex AChild();

    /// <summary>A lid, cap or part that flew off or burst open (a pressure cooker's above all), and a near hit told as "only just missed".</summary>
    [GeneratedRegex(@"\b((lid|cap|top|blade|cover|valve|cork)\b[^.!?]{0,30}\b(flew|shot|blew|burst|popped) (off|open|out)|pressure cooker\b[^.!?]{0,40}\b(explod\w*|burst|blew|flew|lid)|(narrowly|only just|just) missed (my|his|her|our|the) \w+|"
        + @"(couvercle|bouchon|lame|soupape)\b[^.!?]{0,30}\b(a saute|saute|a vole|projete\w*|a explose|explose)|(cocotte[- ]minute|autocuiseur)\b[^.!?]{0,40}\b(explose|saute|couvercle)|a failli (toucher|atteindre|blesser|frapper|heurter)|"
        + @"(deckel|verschluss|klinge|ventil)\b[^.!?]{0,30}\b(flog|weggeflogen|abgesprungen|aufgesprungen|explodiert|geplatzt)|schnellkochtopf\b[^.!?]{0,40}\b(explodiert|deckel|geplatzt)|(hatte|hatten|ware|waere|hat) (\w+ ){0,3}(fast|beinahe|knapp) (getroffen|erwischt)|knapp verfehlt|"
        + @"(tapa|tapon|cuchilla|valvula)\b[^.!?]{0,30}\b(salto|salio volando|exploto|revento)|olla (a |de )?(presion|express)\b[^.!?]{0,40}\b(exploto|revento|tapa|salto)|por poco (no )?(le |me |nos |la |lo )?(da|dio|golpea|golpeo|alcanza|alcanzo|pega|pego)|"
        + @"(tampa|tampinha|lamina|valvula)\b[^.!?]{0,30}\b(saltou|voou|explodiu|estourou|soltou)|panela de pressao\b[^.!?]{0,40}\b(explodiu|estourou|tampa|saltou)|por pouco (nao )?(atingiu|acertou|bateu|pegou|atinge)|quase (atingiu|acertou)|"
        + @"(deksel|dop|mes|ventiel)\b[^.!?]{0,30}\b(vloog|schoot|sprong) (eraf|los|open|weg)|snelkookpan\b[^.!?]{0,40}\b(ontplof\w*|deksel|vloog)|op een haar na geraakt|net niet (geraakt|getroffen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex PartFlewOrNearHit();

    /// <summary>Someone (a child above all) cut or hurt on something: "my daughter cut herself on glass", "se cortó", "se cortou todo", "hat sich geschnitten".</summary>
    [GeneratedRegex(@"\b((cut|hurt|burnt|burned|grazed|gashed) (himself|herself|themselves|his (hand|foot|leg|head|knee|arm|finger)|her (hand|foot|leg|head|knee|arm|finger))|got a (bad |nasty |deep )?(cut|gash)|"
        + Child + @"\b[^.!?]{0,25}\b(s'est (coupe\w*|blesse\w*|brule\w*|ouvert)|se (corto|hirio|lastimo|quemo|abrio la cabeza)|se (cortou|feriu|machucou|queimou)|hat sich (\w+ ){0,3}(geschnitten|verletzt|verbrannt|aufgeschnitten)|heeft zich (\w+ ){0,3}(gesneden|bezeerd|verbrand|opengehaald)))\b", RegexOptions.NonBacktracking)]
    public static partial Regex SomeoneCut();

    /// <summary>Gas bottles or cylinders left open or about, a smell of gas told with a verb.</summary>
    [GeneratedRegex(@"\b((gas (bottles?|cylinders?|canisters?))\b[^.!?]{0,40}\b(open|left|leaking|unattended)|(smelled|smelt|reeked|stank) of gas|"
        + @"bouteilles? de gaz\b[^.!?]{0,40}\b(ouvertes?|laissees?|fuite)|(ca )?sentait le gaz|"
        + @"gas(flaschen?|kartuschen?)\b[^.!?]{0,40}\b(offen|stehen|undicht)|(roch|stank) (\w+ )?nach gas|"
        + @"(bombonas?|botellas?) de gas\b[^.!?]{0,40}\b(abiertas?|dejad\w*|fuga)|olia a gas|"
        + @"(botij(ao|oes)|bilhas?) (de gas )?\b[^.!?]{0,40}\b(abert[oa]s?|deixad\w*|vaza\w*)|cheirava a gas|"
        + @"gasfles(sen)?\b[^.!?]{0,40}\b(open|laten staan|lek)|(rook|stonk) (\w+ )?naar gas)\b", RegexOptions.NonBacktracking)]
    public static partial Regex GasLeftOrSmelt();

    /// <summary>Illness named after food (gastroenteritis, salmonella, a stomach bug); a collapse or faint; heatstroke; the ambulance service waited for.</summary>
    [GeneratedRegex(@"\b(gastroenteritis|gastro bug|stomach bug|norovirus|salmonella|listeria|e\.? ?coli|(fainted|passed out|blacked out)|(he|she|i|man|woman|someone|somebody|dad|mum|mother|father|wife|husband) (\w+ )?collapsed|(had|having|suffered) a (heart attack|stroke|seizure)|heat ?stroke|heat exhaustion|"
        + @"la gastro|une gastro|gastro-?enterite|salmonell\w*|(fait|a fait|fait un) (un )?malaise|(s'est )?evanoui\w*|perdu connaissance|crise cardiaque|avc|samu|coup de chaleur|"
        + @"magen-?darm\w*|gastroenteritis|salmonell\w*|brechdurchfall|noro\w*virus|ohnmachtig|(mann|frau|vater|mutter|sohn|tochter|er|sie|kunde|kundin|oma|opa) (\w+ ){0,4}(zusammengebrochen|kollabiert)|herzinfarkt|schlaganfall|kreislaufkollaps|hitzschlag|rettungswagen|"
        + @"gastroenteritis|salmonel\w*|(se )?desmay\w*|perdio el conocimiento|(le dio|tuvo|sufrio|me dio) un infarto|ictus|golpe de calor|insolacion|"
        + @"gastroenterite|virose|salmonel\w*|desmai\w*|perdeu os sentidos|(teve|sofreu|deu) (um )?(enfarte|infarto)|avc|insolacao|golpe de calor|samu|inem|"
        + @"buikgriep|maag-?darm\w*|salmonella|flauwgevallen|onwel geworden|bewusteloos|hartaanval|beroerte|hitteberoerte|zonnesteek|ambulance)\b", RegexOptions.NonBacktracking)]
    public static partial Regex IllnessOrCollapse();
}
