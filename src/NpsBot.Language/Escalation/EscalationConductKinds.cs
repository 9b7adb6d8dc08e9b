using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, eighth round (escal12h): what staff, couriers and the company did, by kind, from the misses of batch g and the
/// own held-out sets (tests/…/Escalation/MISS-KINDS-2026-12-02-g.md), in all six languages over folded text: a courier's,
/// mover's or fitter's vehicle or tool that hit property, a pipe drilled into, a flooded room; being followed home, mocked
/// for an accent, touched or threatened, someone banging on a door, fear of going back; contacts past counting, tickets
/// counted, explaining from scratch, contact dates listed; a duty manager, a human agent, a manager to call back. Each cue
/// names a kind in general terms, never one line's wording.
/// </summary>
public static partial class EscalationConductKinds
{
    private const string Agents = @"(driver|courier|delivery (man|guy|guys|lads|men|driver|team|people)|movers|removal (men|firm|team|company)|fitters?|installers?|engineers?|plumbers?|technicians?|jockey|van|lorry|truck|sack truck|trolley|"
        + @"livreurs?|coursier|demenageurs?|installateurs?|techniciens?|plombiers?|chauffeur|camion|camionnette|diable|jockey|"
        + @"fahrer|bote|paketbote|kurier\w*|umzugshelfer|mobelpacker|monteure?|installateur\w*|techniker|klempner|handwerker|lkw|transporter|sackkarre|"
        + @"repartidor\w*|mensajer\w*|transportista|(los )?de la mudanza|operarios?|instalador\w*|tecnicos?|fontanero|camion|furgoneta|carretilla|"
        + @"entregador\w*|motoboy|motorista|carregadores|montador\w*|tecnico|encanador|caminhao|carrinho|carrinha|"
        + @"bezorger|koerier|chauffeur|verhuizers|monteurs?|installateur|loodgieter|busje|bestelbus|vrachtwagen|steekwagen)";

    private const string Hits = @"(clipped|(hit|broke|smashed|cracked) (my|our|the|a|his|her)|ran over|drove over|drove into|knocked (over|down|off|into)|scratched|scuffed|gouged|dented|chipped|took a chunk|"
        + @"accroche|percute|ecrase|raye|abime|casse|fissure|fendue?|fait tomber|arrache|"
        + @"gestreift|getroffen|angefahren|uberfahren|zerschrammt|zerkratzt|verkratzt|beschadigt|kaputt\w*|eingedellt|herausgerissen|rausgerissen|"
        + @"se llevo por delante|golpeo|choco|atropello|rayo|arano|rompio|rompieron|abollo|"
        + @"bateu (\w+ ){0,3}(no|na|em) (meu|minha|nosso|nossa)|raspou|arranhou|riscou|quebrou|amassou|derrubou|"
        + @"geraakt|aangereden|overreden|kapotgereden|bekrast|beschadigd|gebroken|getrokken|(reed|reden) (\w+ ){0,4}over (mijn|onze|de|het))";

    private const string Rooms = @"(kitchen|bathroom|basement|cellar|hallway|flat|kuche|keller|bad|badezimmer|wohnung|cuisine|salle de bain|cave|cocina|bano|sotano|cozinha|banheiro|porao|keuken|badkamer|kelder)";

    /// <summary>A courier's, mover's or fitter's vehicle, tool or hands that hit or marked property.</summary>
    [GeneratedRegex(@"\b(" + Agents + @"\b[^.!?]{0,80}\b" + Hits + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex StaffOrVehicleHitProperty();

    /// <summary>A vehicle backed into something, a chunk out of a wall, a pipe drilled into, water through the ceiling, a flooded room.</summary>
    [GeneratedRegex(@"\b((backed|reversed|drove|driven|reversing|backing) (the |his |her |a |their |its )?(van|lorry|truck|car|trailer) (straight )?into|(chunk|piece|lump) out of (the|our|my) (\w+ )?(wall|door|frame|doorframe|skirting|stairs|floor|worktop)|"
        + @"(hit|drilled (into|through)|punctured|burst) (a |the |our )?(water |gas |heating )?(pipe|main)|(perce|touche|perfore) (un|une|le|la) (tuyau|canalisation|conduite)|(leitung|rohr|wasserrohr|wasserleitung|heizungsrohr) (\w+ )?(getroffen|angebohrt|beschadigt)|(perforo|rompio|pincho|perforaron|rompieron) (una|la) (tuberia|caneria|cano)|(furou|estourou|rompeu|furaram) (um|o|a) (cano|tubulacao|encanamento)|(leiding|waterleiding) (\w+ ){0,4}(geraakt|doorgeboord|aangeboord|beschadigd)|"
        + @"(coming|leaking|dripping|pouring) through the ceiling|(fuit|coule) (\w+ )?(par|a travers|du) (le )?plafond|(lauft|tropft) (\w+ )?durch die decke|(gotea|cae|sale) (\w+ )?(por|del) (el )?techo|(vaza|pinga|escorre) (\w+ )?(pelo|do) teto|(lekt|druppelt) (\w+ )?(door|uit) het plafond|"
        + Rooms + @"\b[^.!?]{0,30}\b(flooded|under water|unter wasser|inonde\w*|inundad\w*|alagad\w*|onder water)|(flooded|inonde|inondee|inundo|alagou|overstroomd) (the|our|la|notre|el|nuestro|o|nosso|de|onze) " + Rooms + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex PipeOrFlood();

    /// <summary>Followed home, mocked for an accent or told to go back to one's country.</summary>
    [GeneratedRegex(@"\b(followed (me|us|her|him) (all the way )?(home|to (my|our|her|his) (house|car|door))|(m'a|nous a|l'a) suivie?s? jusqu'|(nach hause|zu meinem (auto|haus)) (\w+ )?(gefolgt|verfolgt)|(mir|uns|ihr) (\w+ ){0,3}(gefolgt|nachgelaufen)|me (siguio|persiguio|siguieron) hasta|me (seguiu|perseguiu|seguiram) ate|(naar huis|tot (bij )?(mijn|ons) huis) (\w+ )?(gevolgd|achtervolgd)|achtervolgd|"
        + @"(mocked|laughed at|made fun of|mimicked|imitated) (my|his|her|our) (accent|english|name|skin|weight|religion|headscarf)|go back (to )?where (you|i|we) came from|go back to (your|my) (own )?country|(moque|moquee|moques|rigole|rigolait) de (mon|son|ma|notre) (accent|nom|couleur|poids|voile)|(retourner|rentrer|retourne|rentre|retournez|rentrez) (dans|chez) (ton|son|votre|leur) pays|retourne chez toi|(uber|ueber) (meinen|seinen|ihren|unseren) (akzent|namen|kopftuch) (\w+ )?(lustig|gelacht)|zuruck,? (dahin|dorthin),? wo|zuruck in (mein|dein|sein|ihr) land|"
        + @"(burlo|burlaron|rio|rieron|reia) (\w+ )?de (mi|su|nuestro) (acento|nombre|color|peso|velo)|(vuelva|vuelve|volver|regresa|regrese|regresar) a (tu|su|mi) (pais|tierra)|(zombou|zombaram|riu|riram|debochou) (\w+ )?(do|da|de) (meu|minha|seu|sua) (sotaque|nome|cor|peso)|(voltar|volte|volta|voltasse) (pra|para) (minha|sua|tua) terra|(lachte|lachten|spotte|spotten) (\w+ )?(om|met) (mijn|zijn|haar|ons) (accent|naam|huidskleur|hoofddoek)|terug (moest |moet )?naar (mijn|je|jouw|zijn|haar) (eigen )?land)\b", RegexOptions.NonBacktracking)]
    public static partial Regex FollowedOrMocked();

    /// <summary>Touched or harassed, threatened, a door banged on, terror, fear of going back.</summary>
    [GeneratedRegex(@"\b((touch(es|ed|ing)?|grop\w*) me|touching me up|(sexual|suggestive|sleazy|lewd|inappropriate) (comments|remarks|jokes)|sexually harass\w*|harass(ed|es|ing|ment)|m'a touchee|me touchait|me tripot\w*|attouchement\w*|mains baladeuses|remarques (deplacees|sexistes|obscenes|sexuelles)|harcel\w*|fasst mich|fasste mich|angefasst|begrapscht|betatscht|anzugliche\w*|belastig\w*|"
        + @"me toco (el|la|los|las) (culo|pecho|pierna|trasero)|manose\w*|comentarios (obscenos|sexuales|sexistas|sexuais|maliciosos)|acos(o|aba|ado|ada|ador)\b|me tocou sem|passou a mao|passando a mao|assedi\w*|cantadas|betastte|ongewenst aangeraakt|(zat|zit) (steeds )?aan me|(seksueel getinte|schunnige|seksistische) (opmerkingen|grappen)|lastiggevallen|"
        + @"you'?ll regret (it|this)|threaten(ed|ing|s)? (me|my|us|to)|(tu vas|vous allez|je vais) (le )?regretter|menac\w*|(wirst|werden sie|werdet|werde) (es|das) (noch )?bereuen|drohte|gedroht|bedroht|(te vas|se va|me voy|se van|nos vamos) a arrepentir|amenaz\w*|(vai|vou|vais) se arrepender|ameac\w*|spijt van (krijgen|krijg)|bedreig\w*|"
        + @"(banging|hammering|pounding) on (my|our|the) (\w+ )?door|(frappait|tapait|tambourinait|cognait) a (ma|la|notre) porte|(an|gegen) (meine|unsere|die) (\w+ )?tur (gehammert|geschlagen)|(golpeando|golpeaba|aporreando|aporreaba) (a )?(mi|la) puerta|esmurr\w*|(bonkte|bonken|bonsde|bonsden) (\w+ )?op (mijn|de|onze) (\w+ )?deur|"
        + @"terrified|petrified|scared to death|terrifiee?|morte de peur|todesangst|verangstigt|aterrad[oa]|muert[oa] de miedo|apavorad[oa]|morrendo de medo|doodsbang|"
        + @"(afraid|scared) to go (back|there)|je n'ose plus|(trau|traue) mich (\w+ ){0,2}nicht mehr|me da miedo (volver|ir)|(tenho|fico com) medo de (voltar|ir)|durf (er |daar )?(niet meer|nooit meer))\b", RegexOptions.NonBacktracking)]
    public static partial Regex HarassedThreatenedOrAfraid();

    /// <summary>Contacts past counting, tickets or complaints counted, explaining from scratch each time, passed between departments, n times with no answer.</summary>
    [GeneratedRegex(@"\b(lost count|(perdu|perdi) (le |la )?(compte|conta|cuenta)|aufgehort zu zahlen|(weiss|weis) nicht mehr,? wie oft|tel kwijt|"
        + @"(opened|raised|logged|filed|submitted) (\d|two|three|four|five|six|several|multiple)\b[^.!?]{0,10}\b(tickets|complaints|cases|requests)|(ouvert|fait|envoye) (\d|deux|trois|quatre|cinq|plusieurs)\b[^.!?]{0,10}\b(tickets|reclamations|demandes|dossiers)|(\d|zwei|drei|vier|funf|mehrere) (tickets|reklamationen|beschwerden|anfragen) (\w+ )?(eroffnet|aufgemacht|erstellt|aufgegeben)|(abri|abrimos|puse|presente) (\d|dos|tres|cuatro|cinco|varias|varios)\b[^.!?]{0,10}\b(tickets|incidencias|reclamos|reclamaciones)|(abri|registrei|fiz|abrimos) (\d|dois|duas|tres|quatro|cinco|varios|varias)\b[^.!?]{0,10}\b(chamados|protocolos|reclamacoes|tickets)|(\d|twee|drie|vier|vijf|meerdere) (tickets|klachten|meldingen) (\w+ )?(aangemaakt|ingediend|gedaan)|"
        + @"(explain\w*|tell\w*|repeat\w*|start\w*|go\w*) (\w+ ){0,4}(from scratch|all over again)|(passed|transferred|bounced|shunted|pushed) (around )?(between|from one) (departments?|teams?|people)|re-?expliquer|de service en service|von (vorn|vorne|neuem) (erklart|erklaren|anfangen)|von abteilung zu abteilung|weiterverbunden|(explicar|explicarlo|explicandolo) todo (de nuevo|otra vez)|a explicarlo todo|de un departamento a otro|(explicando|explicar|explico) tudo de novo|de setor em setor|opnieuw (uit)?(leggen|vertellen)|doorverbonden|"
        + @"(\d|zwei|drei|vier|funf|sechs|twee|drie|vier|vijf|zes|zeven)[- ]?(mal|keer) (\w+ )?(contact|gebeld|gemaild|geschreven|geschrieben|angerufen|gemailt|nachgefragt|beloofd|versprochen|we bellen)|(zweimal|dreimal|viermal|funfmal|sechsmal)\b[^.!?,]{0,25}\b(keine|nichts|ohne|nie)|"
        + @"(mail\w*|e-mail\w*|emailed|called|rang|phoned|wrote|written|chased|ecrit|appele|escribi|llame|mandei|liguei|escrevi|geschrieben|angerufen|gemaild|gebeld|geschickt)\b[^!?]{0,30}\b(on |le |el |dia |am |op )?(the |de )?\d{1,2}(st|nd|rd|th|e|o|\.)?,? (the |le |el |dia |de |am )?\d{1,2}(st|nd|rd|th|e|o|\.)?,? (and|et|und|y|e|en) (the |le |el |dia |de |am )?\d{1,2}(st|nd|rd|th|e|o)?|"
        + @"(on |op )?(the |de )?\d{1,2}(st|nd|rd|th|e)?,? (the |de )?\d{1,2}(st|nd|rd|th|e)?,? (and|en) (the |de )?\d{1,2}(st|nd|rd|th|e)? (emailed|called|written|gemaild|gebeld|geschreven))\b", RegexOptions.NonBacktracking)]
    public static partial Regex ContactsPastCounting();

    /// <summary>A duty or shift manager, a human agent named as such, a manager asked to call back.</summary>
    [GeneratedRegex(@"\b((duty|shift|night) manager|manager on duty|shift (supervisor|leader|lead)|responsable (de service|de garde|de permanence)|schichtleiter\w*|schichtfuhrer\w*|diensthabende\w*|responsable de turno|(encargado|jefe) de turno|gerente (de plantao|de turno)|encarregad[oa] (do turno|de plantao)|dienstdoende (manager|leidinggevende|chef)|"
        + @"(conseiller|agent|interlocuteur|operateur) humain|atendimento humano|atendente humano|atencion (humana|personal)|agente humano|menschliche[nrm]? (mitarbeiter|ansprechpartner|support|kontakt)|echter mensch|echten menschen|menselijk (contact|persoon)|echt mens|een mens (spreken|aan de lijn)|(a|an|to a|with a|want a|need a) (real )?human (agent|being|operator)|human support|"
        + @"(manager|responsable|superviseur|chef|vorgesetzte\w*|supervisor|gerente|responsavel|leidinggevende)\b[^.!?]{0,20}\b(me |mich |mij )?(recontacter|rappeler|recontacte|rappelle|zuruckrufen|zuruckruft|melden|llame|llamarme|contacte|contactarme|ligue|ligar|retorne|terugbellen|terugbelt|bellen|belt)|(someone|somebody) (responsible|in charge|senior) to (call|ring|phone|contact)|alguien responsable|alguem responsavel|quelqu'un de responsable|iemand (die )?verantwoordelijk)\b", RegexOptions.NonBacktracking)]
    public static partial Regex DutyManagerOrHuman();

    /// <summary>Leaving said plainly (counted only with anger): "I'm out", taking a child out, off to the competition, "I'm switching", closing an account in the first person.</summary>
    [GeneratedRegex(@"\b((i'?m|im|we'?re) (leaving you|leaving|switching)|off to (the|a) competitor|going (over )?to (the|a) competitor|"
        + @"je (cloture|ferme|resilie) (mon|mes|notre|le|la)|je (pars|passe) (chez|a) la concurrence|"
        + @"(ich bin|bin) raus|(melden|melde) (\w+ ){0,3}ab\b|(ich )?(schliesse|kundige) (\w+ ){0,2}(mein|meine|unser|unsere)|zur konkurrenz|"
        + @"me borro|nos borramos|me (voy|paso|cambio) a la competencia|(cierro|cancelo) (mi|mis|la|las) (cuenta|cuentas|linea|suscripcion)|"
        + @"(vou|vamos) (pra|para|pra a|para a) concorrencia|(encerro|fecho|cancelo) (a |minha |meu |as |minhas )?(conta|contas|plano|assinatura)|"
        + @"(ik|wij|we) (stap|stappen) over|(ik sluit|sluit ik) (mijn|onze)|naar de concurrent)\b", RegexOptions.NonBacktracking)]
    public static partial Regex LeavesPlainly();

    /// <summary>Anger said as contempt: "worst … ever", "pathetic", being laughed at or taken for a ride, vultures, scammers, "das erzähl ich jedem".</summary>
    [GeneratedRegex(@"\b(worst \w+ (ever|i'?ve)|pathetic|vultures|scam\w*|crooks|taking the (piss|mick)|laughing at us|"
        + @"(la |le )?pire \w+|pathetique|lamentable|vautours|arnaque\w*|escroquerie|se moquent de nous|se foutent de (nous|moi)|"
        + @"schlechteste\w*|erbarmlich\w*|armselig|geier|betruger\w*|lachen uns aus|erzahl\w* ich (das |es )?(jedem|allen|uberall)|"
        + @"(el |la )?peor \w+ (que|de)|patetic[oa]|buitres|estafa\w*|tomadura de pelo|nos toman el pelo|se rien de nosotros|"
        + @"(o |a )?pior \w+ (que|de)|lamentavel|patetic[oa]|abutres|golpistas|(nos|me) fazem de (bobo|palhaco|idiota)|"
        + @"slechtste|zielig|aasgieren|oplichter\w*|lachen ons (\w+ )?uit|(houden|nemen) ons (\w+ )?voor de gek)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Contempt();
}
