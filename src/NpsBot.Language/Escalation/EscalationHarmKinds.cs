using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, eighth round (escal12h): harm told without its reason's word, by kind, from the misses of batch g and the
/// own held-out sets (tests/…/Escalation/MISS-KINDS-2026-12-02-g.md), in all six languages over folded text. Each cue
/// names a kind in general terms (a vehicle that nearly hit someone, an injury and the treatment it needed, a smell of
/// gas or burning, something that gave way under a person, a swollen face, broken glass beside children, a child seat
/// that came loose; medical supplies running out, breathing, dialysis; a relative's condition; a police report), never
/// one line's wording. Recall first: the blind target is recall 0.90 at precision 0.60.
/// </summary>
public static partial class EscalationHarmKinds
{
    /// <summary>A vehicle or its driver that nearly hit someone, drove drunk or drove off with someone in the door; "someone will get hurt".</summary>
    [GeneratedRegex(@"\b((nearly|almost) (got |get |been |being )?(hit|run over|ran over|knocked (down|over)|crushed)|someone'?s (going|gonna) (to )?get (hurt|killed)|someone (will|is going to) get (hurt|killed)|(drunk|drink-driving|over the limit)\b[^.!?]{0,30}\b(driver|driving|cabbie)|(driver|cabbie)\b[^.!?]{0,30}\b(was drunk|over the limit)|(door|doors) (\w+ )?(trapped|caught|closed on) (him|her|my|his|the)|"
        + @"(failli|manque de) (etre |le |la |les |me )?(renverse\w*|ecrase\w*|percute\w*)|a frole (un|une|mon|ma|le|la|des)|quelqu'un va (se faire|etre) (\w+ )?(mal|tue|blesse)|(chauffeur|conducteur|taxi)\b[^.!?]{0,30}\b(ivre|bourre|alcoolise)|(porte|portes) (\w+ )?(a|ont) coince|"
        + @"(fast|beinahe) (\w+ ){0,3}(uberfahren|angefahren|umgefahren)|wird (noch )?(jemand|einer) (\w+ )?(verletzt|sterben|umkommen)|(fahrer|busfahrer|taxifahrer)\b[^.!?]{0,30}\b(betrunken|besoffen|alkoholisiert)|losgefahren,? (als|wahrend|obwohl)|eingeklemmt|"
        + @"casi (me |le |lo |la |nos )?(atropell\w*|arroll\w*)|(alguien|algun nino) (va a|se va a) (salir herido|lastimar|morir)|(taxista|conductor|chofer)\b[^.!?]{0,30}\b(borracho|ebrio)|(manejaba|conducia) (\w+ )?borracho|se subio a la (vereda|acera)|"
        + @"quase (me |o |a |nos )?atropel\w*|alguem (ainda )?vai se (machucar|ferir)|(motorista|taxista)\b[^.!?]{0,30}\b(bebado|embriagado|alcoolizado)|subiu (na|a) calcada|"
        + @"(bijna|haast) (\w+ ){0,3}(aangereden|overreden|geschept)|(reed|reden) (\w+ ){0,2}bijna (\w+ ){0,3}(aan|omver)|(gaat|komt) (nog )?(iemand|een keer iemand) (\w+ )?(gewond|dood|ongelukken)|(chauffeur|buschauffeur|taxichauffeur)\b[^.!?]{0,30}\b(dronken|bezopen)|bekneld|klem (\w+ )?(gezeten|tussen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex VehicleNearMiss();

    /// <summary>An injury said as what happened to the body or the treatment it needed (stitches, a sprain, a bad bruise).</summary>
    [GeneratedRegex(@"\b((hurt|injured|did|put out|threw out|cut|burn(ed|t)) (my|his|her) (back|neck|knee|shoulder|wrist|ankle|head|hand|arm|leg|finger)|(sprained|twisted|broke|fractured) (my|his|her) (ankle|wrist|arm|leg|knee|finger|foot)|(needed|got|had|needs|need|needing) (\w+ )?stitches|(a |huge |big |nasty )bruise|covered in bruises|"
        + @"je me suis (fait mal|blesse\w*|coupe\w*|brule\w*|tordu)|s'est (blesse\w*|coupe\w*|brule\w*|fait mal|tordu)|(foule|tordu|casse|cassee) (la|le|sa|ma|mon|son) (cheville|poignet|bras|jambe|genou|doigt)|entorse|points de suture|gros bleu|hematome|"
        + @"(hab|habe|hat|haben) (mich|sich) (\w+ ){0,4}verletzt|(knochel|fuss|knie|handgelenk|rucken|bein|arm|hand|finger|kopf) (\w+ )?(verdreht|verstaucht|gebrochen|geprellt|aufgerissen|aufgeschlagen|aufgeschnitten)|genaht werden|blauer fleck|prellung|"
        + @"me (lastime|lesione|hice dano)|se (lastimo|lesiono|hizo dano)|(me torci|se torcio|me rompi|se rompio) (el|la) (tobillo|muneca|brazo|pierna|rodilla|dedo)|(le|me|nos) (dieron|tuvieron que dar|pusieron) (\w+ )?puntos|moraton|moreton|esguince|"
        + @"(me )?machuquei|se machucou|machucou (o|a|meu|minha)|(torci|torceu|quebrei|quebrou) (o|a|meu|minha) (tornozelo|pulso|braco|perna|joelho|pe|dedo)|(levou|levar|levei|tomou|tive que levar|teve que levar) (\w+ )?pontos|hematoma|"
        + @"(heb|heeft|hebben) (me|mij|zich|zichzelf) (\w+ )?(bezeerd|pijn gedaan|gesneden|gebrand)|geblesseerd|(enkel|pols|knie|rug|voet) (\w+ )?(verzwikt|verstuikt|gebroken|gekneusd)|hechtingen|blauwe plek|kneuzing)\b", RegexOptions.NonBacktracking)]
    public static partial Regex InjuryTold();

    /// <summary>A smell of gas or burning, a leak of gas, a plug or socket gone brown, black or hot.</summary>
    [GeneratedRegex(@"\b(smel(l|ls|led|lt|ling) (of )?(gas|burning)|(smelt|smelled|smells) (hot|burnt)|gas leak|leaking gas|(plug|socket|outlet)\b[^.!?]{0,30}\b(brown|black|scorched|melted|hot)|"
        + @"odeur de (gaz|brule|cram\w*)|sent le (gaz|brule|cram\w*)|fuite de gaz|(prise|fiche)\b[^.!?]{0,30}\b(noirci\w*|brunie?|fondue?|brulante)|"
        + @"gasgeruch|riecht (\w+ )?(nach gas|verbrannt|verschmort)|nach gas gerochen|gasleck|(stecker|steckdose)\b[^.!?]{0,30}\b(braun|schwarz|geschmolzen|verschmort|heiss)|"
        + @"olor a (gas|quemado)|huele a (gas|quemado)|fuga de gas|(enchufe|clavija)\b[^.!?]{0,30}\b(negr\w*|marron|derretid\w*|quemad\w*)|"
        + @"cheir\w* (a|de) (gas|queimado)|vazamento de gas|(gas|botijao)\b[^.!?]{0,40}\bvaza\w*|(tomada|plugue)\b[^.!?]{0,30}\b(pret\w*|derretid\w*|queimad\w*)|"
        + @"gaslucht|ruikt (\w+ )?naar (gas|verbrand|brand)|brandlucht|schroeilucht|gaslek|(stekker|stopcontact)\b[^.!?]{0,30}\b(bruin|zwart|gesmolten|verschroeid|heet))\b", RegexOptions.NonBacktracking)]
    public static partial Regex GasOrBurning();

    /// <summary>
    /// Something that gave way under a person, a wheel that came off, a child seat that came loose, a face or lips swelling
    /// (an allergic reaction told by its sign), and broken glass or a broken balcony with children beside it.
    /// </summary>
    [GeneratedRegex(@"\b((collapsed|folded|gave way|gave out|buckled|snapped) (under|beneath) (me|him|her|us|my)|s'est (effondre\w*|plie\w*|casse\w*|ecroule\w*) sous (moi|lui|elle)|unter (mir|ihm|ihr|uns) (\w+ )?(zusammengebrochen|zusammengeklappt|weggebrochen|eingebrochen)|(se (hundio|rompio|doblo|vino abajo)|cedio) (debajo de|bajo) (mi|el|ella)|(cedeu|quebrou|desabou|dobrou) (debaixo de|embaixo de|sob) (mim|ele|ela)|(bezweek|bezweken|inzakte|ingezakt|klapte dubbel) onder|onder (mij|me|hem|haar) (\w+ )?(bezweken|ingezakt|dubbelgeklapt|in elkaar gezakt)|"
        + @"(wheel|roue|rad|rueda|roda|wiel)\b[^.!?]{0,25}\b(came off|fell off|detache\w*|abgefallen|abgegangen|se salio|se solto|soltou|saiu|viel eraf|kwam los|losgeraakt)|se le salio la rueda|"
        + @"(car seat|child seat|booster seat|siege auto|siege enfant|kindersitz|kindersitzes|silla de coche|sillita|silla del coche|cadeirinha|cadeira do carro|autostoel\w*|kinderzitje)\b[^.!?]{0,90}\b(came loose|came off|came undone|popped|detach\w*|gave way|lache|detache\w*|gelost|losgerissen|aufgegangen|se solto|se abrio|salto|soltou|abriu|losgeschoten|los|schoot)|"
        + @"(lips|face|tongue|throat|eyes) (\w+ )?(swell\w*|swollen|puffed up|blew up)|(levres|visage|langue|gorge|yeux)\b[^.!?]{0,20}\bgonfl\w*|(lippen|gesicht|zunge|hals|augen)\b[^.!?]{0,20}\b(geschwollen|angeschwollen|dick)|(labios|cara|lengua|garganta|ojos)\b[^.!?]{0,20}\bhinch\w*|hinch\w*\b[^.!?]{0,15}\b(labios|cara|lengua|ojos)|(swelled|swollen|puffy) (lips|face|tongue|eyes)|gonfl\w*\b[^.!?]{0,15}\b(levres|visage|langue)|inch\w*\b[^.!?]{0,15}\b(labios|rosto|lingua|boca)|(labios|rosto|lingua|garganta|olhos|boca)\b[^.!?]{0,20}\binch\w*|(lippen|gezicht|tong|keel|ogen)\b[^.!?]{0,20}\b(opgezwollen|gezwollen|dik)|"
        + @"(glass|pane|balcony|window|railing|vitre|verre|balcon|fenetre|glasscheibe|scheibe|balkon|fenster|cristal|vidrio|ventana|vidro|varanda|janela|glas|raam)\b[^.!?]{0,55}\b(cracked|shattered|broken|fendue?|brisee?|cassee?|gesprungen|zersprungen|kaputt|rajad[oa]|rot[oa]|trincad[oa]|quebrad[oa]|gescheurd|gebarsten|kapot)\b[^.!?]{0,60}\b(kids|children|child|son|daughter|baby|enfants|enfant|fils|fille|bebe|kinder|kind|sohn|tochter|hijos|hijo|hija|ninos|nino|filhos|filho|filha|criancas|crianca|kinderen|zoon|dochter))\b", RegexOptions.NonBacktracking)]
    public static partial Regex GaveWayOrSwelled();

    /// <summary>Care that cannot wait: insulin, inhalers, dialysis or chemotherapy, breathing trouble, medical supplies left for a day or three.</summary>
    [GeneratedRegex(@"\b(insulin\w*|inhaler|ventolin|inhalateur|inhalator|inhalador|bombinha|epipen|dialysis|dialyse|dialisis|dialise|hemodialise|hemodialisis|chemo|chemotherap\w*|chimio\w*|quimio\w*|"
        + @"wheez\w*|short of breath|can'?t breathe|struggling to breathe|(du mal a|peux plus|n'arrive (plus )?pas a) respirer|essouffle\w*|atemnot|(kriege?|bekomme|bekam|kriegt) (\w+ )?(kaum|keine) luft|me (falta|cuesta) (el aire|respirar)|no puedo respirar|falta de ar|nao consigo respirar|(krijg|kreeg|krijgt) (amper|bijna geen|geen|nauwelijks) lucht|benauwd\w*|"
        + @"only (have |got )?(enough|\w+ left|left) (\w+ )?for (one|two|three|a|1|2|3) (more )?days?|(ne me reste|il me reste|plus que) (\w+ ){0,2}pour (un|deux|trois|1|2|3) jours?|nur noch (\w+ ){0,2}fur (einen|zwei|drei|1|2|3) tage?|(solo|solamente) (me )?queda\w* (\w+ ){0,2}para (un|dos|tres|1|2|3) dias?|(so tenho|so me resta\w*|tenho so) (\w+ ){0,2}para (um|dois|tres|1|2|3) dias?|(heb|hebben|heeft) (nog|maar) (\w+ ){0,2}voor (een|twee|drie|1|2|3) dag(en)?)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CareThatCannotWait();

    /// <summary>A relative's or one's own condition that makes a sale or a demand unfair: Down syndrome, schizophrenia, a learning disability, a guardian.</summary>
    [GeneratedRegex(@"\b(down'?s syndrome|(syndrome|syndrom|sindrome|sindroom) (de |van )?down|schizophren\w*|esquizofreni\w*|schizofren\w*|bipolar\w*|bipolaire|autis\w*|learning (disability|disabilities|difficulties)|mental (illness|health condition)|(handicap|deficience) (mental|intellectuelle)|geistig\w* behinder\w*|psychisch (krank|ziek)|discapacidad intelectual|enfermedad mental|(deficiencia|deficiente) (intelectual|mental)|doenca mental|maladie mentale|verstandelijk\w* beperk\w*|"
        + @"interditad[oa]|curatele|onder bewind\w*|sous (tutelle|curatelle)|gesetzliche[rn]? betreuer\w*|bajo tutela|(he|she)'?s (7[5-9]|8\d|9\d)\b|(il|elle) a (7[5-9]|8\d|9\d) ans|(er|sie) ist (7[5-9]|8\d|9\d)\b|tiene (7[5-9]|8\d|9\d) anos|tem (7[5-9]|8\d|9\d) anos|(hij|zij|ze) is (7[5-9]|8\d|9\d)\b|can'?t (manage|cope with) (the )?(phone|app|internet|computer|online|menus?))\b", RegexOptions.NonBacktracking)]
    public static partial Regex ConditionOfSomeone();

    /// <summary>A report to the police or a fraud authority, and a dispute opened through the bank.</summary>
    [GeneratedRegex(@"\b(police report|report(ed)? (it|this|you|them|him|her) to the police|repression des fraudes|dgccrf|(procedure|litige|contestation|opposition) (\w+ ){0,2}(avec|aupres de|a) (ma|la) banque|plainte (a|aupres de) la police|(strafanzeige|anzeige) (erstatten|erstattet|erstatte|gegen|bei der polizei)|erstatte\w* (\w+ )?anzeige|"
        + @"(poner|pondre|puse) (una )?denuncia|denunciar\w* (a|ante|en) la policia|boletim de ocorrencia|registrar (um )?b\.?o\b|queixa na policia|aangifte (\w+ )?(doen|gedaan|doe)|(doe|deed|ga) aangifte)\b", RegexOptions.NonBacktracking)]
    public static partial Regex PoliceOrFraudReport();
}
