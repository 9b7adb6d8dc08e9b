using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, fourteenth round (esc14): damage by tradespeople and service staff at the customer's, and near-misses, from
/// batch m's misses (MISS-KINDS-2026-12-03-m.md), in all six languages over folded text. A window cleaner, a chimney sweep,
/// pest control, a car wash or a fitter named as the one who dented, stained, tore off or smashed something; a courier who
/// splintered a door frame or slammed a gate until its lock broke (a courier needs a part of the home: goods dented in
/// transit are no damage to the customer's property). A vehicle, a weight, a shelf or a hoop that missed people by inches or
/// fell right next to them; a loose balcony rail; cables lying in puddles; a handlebar that broke while riding; a child who
/// tore their cheek open.
/// </summary>
public static partial class EscalationTradesAndNearMisses
{
    private const string Trades = @"(window cleaner|chimney sweep|pest control|exterminator|car ?wash|fitters?|assembler|installer|plumber|electrician|painter|decorator|cleaners?|gardener|handyman|technician|"
        + @"laveur de (vitres|carreaux)|ramoneur|desinsectis\w*|deratis\w*|lavage auto|station de lavage|monteur|installateur|plombier|electricien|peintre|jardinier|technicien|"
        + @"fensterputzer|glasreiniger|schornsteinfeger|kammerjager|schadlingsbekampf\w*|waschanlage|waschstrasse|monteur|installateur|klempner|elektriker|maler|reinigungskraft|gartner|techniker|handwerker|"
        + @"limpiacristales|deshollinador|fumigador\w*|fumigacion|autolavado|lavadero|tunel de lavado|montador|instalador|fontanero|electricista|pintor|jardinero|tecnico|operario|"
        + @"limpador de (vidros|janelas)|limpa-chamines|dedetiza\w*|lava-?jato|montador|instalador|encanador|canalizador|eletricista|pintor|jardineiro|"
        + @"glazenwasser|schoorsteenveger|ongediertebestrijd\w*|plaagdierbestrijd\w*|wasstraat|autowas\w*|monteur|installateur|loodgieter|elektricien|schilder|hovenier|tuinman|technicus)";

    private const string Damaged = @"(broke|smashed|cracked|dented|scratched|stained|ripped|tore|snapped|splintered|gouged|ruined|soot|"
        + @"casse|brise|fissure|abime|raye|tache|arrache|defonce|enfonce|hs|hors service|suie|"
        + @"kaputt\w*|zerbrochen|beschadigt|zerkratzt|verbeult|eingedellt|abgerissen|verschmiert|ruiniert|zersplittert|russ|"
        + @"rompi\w*|rayaron|rayo|destroz\w*|abollaron|abollo|revento|arrancaron|arranco|manch\w*|hollin|"
        + @"quebr\w*|riscou|riscaram|manchou|mancharam|estragou|estragaram|amassou|amassaram|arrancou|arrancaram|rachou|fuligem|"
        + @"kapot\w*|gebroken|beschadigd|bekrast|ingedeukt|versplinterd|gescheurd|besmeurd|geruineerd|roet)";

    private const string Couriers = @"(courier|delivery (man|driver|guy)|driver|livreur|lieferant|paketbote|zusteller|fahrer|repartidor|mensajero|entregador|estafeta|motoboy|bezorger|koerier|pakketbezorger)";

    private const string PartsOfTheHome = @"(door ?frame|door|gate|fence|wall|floor|lock|letterbox|porte|portail|cloture|mur|sol|serrure|boite aux lettres|turrahmen|tur|tor|zaun|wand|boden|schloss|briefkasten|"
        + @"marco de la puerta|puerta|verja|valla|pared|suelo|cerradura|buzon|batente|porta|portao|cerca|parede|chao|fechadura|caixa de correio|deurpost|deurkozijn|deur|poort|hek|schutting|muur|vloer|slot|brievenbus)";

    /// <summary>A tradesperson or service named as the one who damaged something.</summary>
    [GeneratedRegex(@"\b(" + Trades + @"\b[^.!?]{0,60}\b" + Damaged + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex DamagedByTrades();

    /// <summary>A courier who damaged a part of the home, the part named before or after the damage (one alternation with the trades was over the engine's limit).</summary>
    [GeneratedRegex(@"\b(" + Couriers + @"\b[^.!?]{0,50}\b" + PartsOfTheHome + @"\b[^.!?]{0,50}\b" + Damaged
        + @"|" + Couriers + @"\b[^.!?]{0,40}\b" + Damaged + @"\b[^.!?]{0,20}\b" + PartsOfTheHome + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex CourierDamagedTheHome();

    private const string FellOrMissed = @"(fell|landed|dropped|came down|crashed|missed|tombe\w*|atterri\w*|rate|fiel|landete|krachte|verfehlte|cayo|aterrizo|se desplomo|caiu|despencou|passou|viel|landde|miste)";

    private const string ByInches = @"(by inches|by (a few )?(centimetres|centimeters|cm)|inches from|right next to|just next to|a (quelques )?centimetres|d'un cheveu|juste a cote|"
        + @"knapp neben|direkt neben|haarscharf|um haaresbreite|a (pocos |unos )?centimetros|justo al lado|"
        + @"a centimetros|rente a|por um triz|vlak naast|net naast|op (een paar )?centimeters)";

    private const string Rails = @"(balcony|railing|rail|banister|balustrade|balcon|garde-corps|rambarde|gelander|balkongelander|brustung|balkon|barandilla|baranda|varanda|guarda-corpo|parapeito|corrimao|balkonhek|leuning|reling|hekwerk)";

    private const string Loose = @"(loose|wobbl\w*|moving|moved|gave way|bougeait|bouge|branlant\w*|descelle\w*|wackel\w*|lose|locker|gab nach|se movia|se mueve|suelta|floja|cedio|mexia|mexe|solt\w*|bamba\w*|cedeu|wiebel\w*|los|gaf mee|bewoog)";

    /// <summary>Missed by inches or fell right next to someone; a loose balcony rail; cables in puddles; a handlebar that broke while riding; a cheek torn open.</summary>
    [GeneratedRegex(@"\b(" + FellOrMissed + @"\b[^.!?]{0,40}\b" + ByInches + @"|" + Rails + @"\b[^.!?]{0,30}\b" + Loose + @"|" + Loose + @"\b[^.!?]{0,10}\b" + Rails + @"|"
        + @"(cables?|wires?|leads?|cables? electriques|fils? electriques?|rallonges?|kabel\w*|cabos?|fios|draden|snoeren|verlengsnoer\w*)\b[^.!?]{0,40}\b(puddles?|flaques?|pfutzen?|charcos?|pocas?|plassen|in (the )?water|dans l'eau|im wasser|en el agua|na agua|in het water)|"
        + @"(handlebars?|guidon|lenker|manillar|guiador|guidao|stuur)\b[^.!?]{0,40}\b(broke|snapped|came off|casse|brise|abgebrochen|gebrochen|rompio|partiu|quebrou|soltou|afgebroken|brak)|"
        + @"(hat sich|hab mich|s'est (ouvert|entaille)|se (abrio|rajo)|abriu|heeft (zich|zijn|haar)) (\w+ ){0,3}(aufgerissen|aufgeschnitten|aufgeschlagen|la joue|le front|la mejilla|la frente|a bochecha|a testa|opengehaald|opengelegd))\b", RegexOptions.NonBacktracking)]
    public static partial Regex NearMissOrLooseRail();
}
