using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Circumstances that mean a person should take over although no reason's own word is used: a member of staff who
/// keeps messaging a customer or frightens them, a complaint chased every week since a month, a vehicle that knocked
/// a fence down, a worktop scratched by the fitters, heart pills that did not come, brakes that failed, a threat to
/// tell the local paper or to reverse the direct debit, switching supplier in anger. Six languages, folded text,
/// written by kind of circumstance (each kind with its own test lines in every language), for recall. Like every
/// escalation pattern it runs with <see cref="RegexOptions.NonBacktracking"/>: linear in the text, and six times faster
/// than backtracking on these wide "word … within N characters … word" alternations (measured on a blind batch, per complaint
/// and for all reasons: 152 µs with these circumstances, against 978 µs backtracking without them). Patterns whose automaton would
/// exceed the engine's 10,000-node limit are split in two (one per word order).
/// </summary>
public static partial class EscalationCircumstances
{
    private const string Staff = @"(staff|(the )?(guy|man|woman|lady|bloke) (who|that|from)|employee|one of your (people|team|guys|lads)|worker|sales ?(man|woman|person|rep)|agent|driver|courier|delivery (guy|man|driver)|engineer|technician|fitter|dealer\w*|"
        + @"employee?s?|vendeu(r|se)|livreur|chauffeur|technicien|conseill(er|ere)|"
        + @"mitarbeiter\w*|angestellte\w*|verkaufer\w*|fahrer\w*|bote|zusteller\w*|techniker\w*|monteur\w*|"
        + @"emplead[oa]s?|trabajador\w*|vendedor\w*|repartidor\w*|tecnico|comercial|"
        + @"funcionari[oa]s?|atendente|vendedor\w*|entregador\w*|motoboy|tecnico|"
        + @"medewerker\w*|werknemer\w*|verkoper|bezorger\w*|koerier|monteur\w*)";

    private const string UnwantedAttention = @"(keeps? (messaging|texting|calling|writing)|messag\w* me|text\w* me|dm'?s?|whats ?app\w*|insta(gram)?|facebook|snapchat|tiktok|my (personal )?number|follow\w* me|asked me out|hit on me|flirt\w*|sexual\w*|inappropriate|creepy|remarks|comments|"
        + @"m'ecrit|me harcele|me texte|mon numero|me suit|m'a drague|remarques|commentaires|deplace\w*|"
        + @"schreibt mir|schreibt mich an|meine (handy)?nummer|verfolgt mich|anzuglich\w*|unangemessen\w*|bemerkungen|sprache? mich an|"
        + @"me escribe|me manda mensajes|mi numero|me sigue|me tiro los tejos|ligar conmigo|comentarios|inapropiad\w*|"
        + @"me manda(ndo)? mensage\w*|fica me mandando|zap|meu numero|me segue|me cantou|comentarios|inadequad\w*|"
        + @"stuurt me|appt me|privebericht\w*|mijn nummer|volgt me|versierde|opmerkingen|ongepast\w*)";

    private const string IgnoredRefusal = @"((kept|keeps|keep) (calling|ringing|phoning|texting)|(although|even though|after) i (said no|told (him|her|them))|(told|asked) (him|her|them) to stop|"
        + @"je lui ai (dit|demande) d'arreter|malgre mon refus|alors que j'ai dit non|messages (perso\w*|prives)|"
        + @"standig\w*\b[^.!?]{0,20}\b(angerufen|anruft|geschrieben|schreibt)|privat (angerufen|geschrieben|angeschrieben|kontaktiert)|privatnachricht\w*|obwohl ich (nein|ihm|ihr)|"
        + @"mensajes (personales|privados)|(ya )?le (he )?dicho que (pare|no)|le dije que (pare|no)|"
        + @"mensagens (pessoais|privadas)|(ja )?lhe disse (para parar|que nao)|pedi para parar|ja disse (para parar|que nao)|"
        + @"appen|appjes|appt|(blijft|bleef) (me |mij )?(bellen|appen|berichten)|(al )?gezegd dat (hij|ze) (moet )?stop\w*)";

    private const string Fear = @"(creepy|gives me the creeps|scared|frightened|afraid|terrified|"
        + @"j'ai peur|me fait peur|effraye\w*|"
        + @"ich habe angst|macht mir angst|angst|unheimlich|"
        + @"me da miedo|tengo miedo|miedo|asustad[oa]|"
        + @"com medo|tenho medo|me da medo|assustad[oa]|"
        + @"(echt|heel|best|zo|erg|super) eng|ik ben bang|doodsbang)";

    [GeneratedRegex(@"\b(" + Staff + @"\b[^.!?]{0,80}\b(" + UnwantedAttention + @"|" + Fear + @")|" + Fear + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex UnwantedStaffAttention();

    [GeneratedRegex(@"\b" + Staff + @"\b[^.!?]{0,80}\b" + IgnoredRefusal + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex StaffIgnoresRefusal();

    private const string Months = @"(january|february|march|april|june|july|august|september|october|november|december|"
        + @"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
        + @"januar|februar|marz|juni|juli|oktober|dezember|"
        + @"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
        + @"janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
        + @"januari|februari|maart|mei|augustus)";

    private const string Contacting = @"(phon\w*|call\w*|ring\w*|email\w*|writ\w*|wrote|chas\w*|complain\w*|contact\w*|"
        + @"appel\w*|ecri\w*|relanc\w*|je reclame|reclam(er|ation\w*|ons|ais|ait)|"
        + @"rufe|anruf\w*|angerufen|schreib\w*|geschrieben|melde|beschwer\w*|"
        + @"llam\w*|escrib\w*|reclam(o|ar|ando|ado|acion\w*)|"
        + @"lig(o|ando|uei|ar)|escrev\w*|reclam(ei|ou|ar|ando|acao|acoes)|"
        + @"bel|bellen|gebeld|mail\w*|schrijf\w*|klaag\w*)";

    private const string Persistently = @"(every (day|week|month)|each week|for (weeks|months)|"
        + @"chaque (jour|semaine|mois)|toutes les semaines|depuis des (semaines|mois)|"
        + @"jede(n)? (tag|woche|monat)|seit (wochen|monaten)|"
        + @"cada (dia|semana|mes)|todas las semanas|desde hace (semanas|meses)|llevo (semanas|meses)|"
        + @"toda (semana|hora)|todo (dia|mes)|ha (semanas|meses)|"
        + @"elke (dag|week|maand)|iedere (dag|week)|al (weken|maanden)|"
        + @"(since|depuis|seit|desde|sinds) " + Months + @")";

    private const string TimesOver = @"(fait ([3-9]|\d{2,}|trois|quatre|cinq|dix) fois que|es la (tercera|cuarta|quinta|enesima) vez|"
        + @"prometieron (llamar\w*|devolver\w*)[^.!?]{0,20}\b(dos|tres|cuatro|varias) veces|"
        + @"(3rd|([4-9]|\d{2,})th|third|fourth|fifth|sixth|umpteenth|dritter|vierter|funfter|sechster|x-ter) (letter|brief|mail|email|e-mail|anruf|call|nachricht|beschwerde|reklamation|message|complaint))";

    [GeneratedRegex(@"\b(" + Contacting + @"\b[^.!?]{0,40}\b" + Persistently + @"|" + TimesOver + @")", RegexOptions.NonBacktracking)]
    public static partial Regex PersistentContact();

    [GeneratedRegex(@"\b" + Persistently + @"\b[^.!?]{0,40}\b" + Contacting + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex PersistentlyContacting();

    private const string Vehicles = @"(truck|lorry|van|delivery (truck|van|vehicle)|camion\w*|furgon\w*|camioneta|caminhao|camiao|carrinha|lkw|lieferwagen|transporter|laster|bezorgbus|busje|vrachtwagen|bestelbus)";

    private const string KnockedDown = @"(knocked|hit|smashed|crashed|reversed|drove (into|through|over)|flattened|took out|"
        + @"renvers\w*|defonc\w*|percut\w*|"
        + @"umgefahren|gerammt|beschadigt|beschadigt|dagegen|"
        + @"tiro|tiraron|derrib\w*|choco|golpeo|arranco|"
        + @"derrub\w*|bateu|amassou|"
        + @"tegen\b[^.!?]{0,40}\b(gereden|gebotst|aangereden)|omver\w*|geramd)";

    private const string Fixtures = @"(worktop|countertop|kitchen top|counter|fence|wall|gate|hedge|"
        + @"plan de travail|cloture|muret|portail|"
        + @"arbeitsplatte|zaun|mauer|gartentor|flur|"
        + @"encimera|valla|muro|verja|"
        + @"bancada|muro|portao|quintal|"
        + @"aanrecht\w*|tuinhek|hek|schutting|tuinmuur)";

    private const string Marred = @"(scratch\w*|scuff\w*|gouged|chipped|cracked|broke|ruined|"
        + @"raye\w*|abime\w*|casse\w*|"
        + @"zerkratzt|verkratzt|verschrammt|beschadigt|zerbrochen|"
        + @"rayad[oa]|rompieron|rompio|rajad[oa]|"
        + @"riscad[oa]|riscaram|quebraram|lascad[oa]|"
        + @"bekrast|verkrast|beschadigd|gebroken)";

    [GeneratedRegex(@"\b(" + Vehicles + @"\b[^.!?]{0,40}\b" + KnockedDown + @"|" + KnockedDown + @"\b[^.!?]{0,40}\b" + Fixtures + @"|" + Fixtures + @"\b[^.!?]{0,60}\b" + Marred + @"|" + Marred + @"\b[^.!?]{0,60}\b" + Fixtures + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex PropertyDamaged();

    [GeneratedRegex(@"\b(heart (pills|tablets|medication|medicine)|\w+tabletten|\w*medikament\w*|\w*medicijn\w*|\w*medicament\w*|pills? (ran out|running out)|only (\d|one|two|three) days? (of|left)|"
        + @"copd|epoc|bpco|dpoc|asthma\w*|astma\w*|saturo\w*|asma|asthme|oximet\w*|oxymet\w*|oximetr\w*|pulsoxi\w*|saturat\w*|nebuli\w*|"
        + @"plus que pour (\d|deux|trois) jours|nur noch fur (\d|zwei|drei) tage|solo (le|me) quedan? (para )?(\d|dos|tres) dias|so (tem|tenho) (para )?(\d|dois|tres) dias|nog (maar )?voor (\d|twee|drie) dagen)\b", RegexOptions.NonBacktracking)]
    public static partial Regex HealthAtStake();

    [GeneratedRegex(@"\b((no|without|lost (its|the|my)?) ?brakes|brakes? (failed|gave out|went|stopped working|didn'?t work)|sin frenos|frenos? (fallaron|no funcionan)|sans freins|freins? (ont lache|ne marchent)|ohne bremsen?|bremsen? (hat |haben |sind )?(versagt|ausgefallen)|sem freios?|freios? (falharam|nao funcionam)|zonder remmen|remmen (weigerden|werkten niet)|"
        + @"(abrio|partio|rompio|abrio) (la|el) (ceja|labio|cabeza|frente|diente)|brecha en la|"
        + @"brandgeur|geblakerd|zwartgeblakerd|verkohlt|verschmort|charred|blackened|carboniz\w*|calcin\w*|chamusc\w*|noirci\w*|enegrecid\w*)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Mishap();

    [GeneratedRegex(@"\b((local|the|daily|evening) (paper|newspaper|press|news)|papers will|press will|(media|newspaper|paper) will hear|"
        + @"lastschrift\b[^.!?]{0,30}\b(zuruck\w*|widerruf\w*|platzen)|(zuruck\w*|widerruf\w*)\b[^.!?]{0,30}\blastschrift|reverse the (direct debit|payment)|recall the direct debit|"
        + @"devolver el recibo|devolucion del recibo|rejeter le prelevement|opposition (au|sur le) prelevement|contestar o debito|"
        + @"cnpd|bfdi|datenschutzbehorde|gba|queixar-me|vou me queixar|apresentar queixa|queixa (na|no|a|ao))\b", RegexOptions.NonBacktracking)]
    public static partial Regex PublicOrFormalSteps();

    [GeneratedRegex(@"\b(switch(ing)? (provider|supplier|bank|operator|network|company)|i'?m switching|"
        + @"je change (d'operateur|de banque|de fournisseur|d'assureur)|je quitte|"
        + @"ich wechsle|wechsle (den|die|das) (anbieter|bank|versicherung)|konto wird gekundigt|rate (allen|jedem|jeder\w*) ab|"
        + @"me cambio de|denme de baja|dadme de baja|me doy de baja|no se lo recomiendo a nadie|"
        + @"vou mudar de|vou trocar de|nao recomendo (a|pra|para) ninguem|"
        + @"ik stap over|stap ik over|raad iedereen af|ik zeg op)\b", RegexOptions.NonBacktracking)]
    public static partial Regex SwitchingAway();

    [GeneratedRegex(@"\b(had enough|enough is enough|done with you|thieves|scammers|crooks|rip[- ]?off|"
        + @"j'en ai marre|marre|voleurs|escrocs|arnaque\w*|"
        + @"mir reicht'?s|es reicht|ihr konnt mich mal|diebe|abzocke\w*|betruger|"
        + @"hart[oa]s?|ladrones|estafador\w*|"
        + @"farto|farta|estou cheio|ladroes|golpistas|"
        + @"klaar mee|de pot op|dieven|oplichter\w*|het zat)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Exasperation();

    [GeneratedRegex(@"\b(iemand\b[^.!?]{0,25}\b(bellen|terugbellen|opbellen)|(can|could) (someone|somebody|anyone|you) (call|ring|phone)|"
        + @"quelqu'un (peut|pourrait) (m'appeler|me rappeler)|kann mich (jemand|wer)\b[^.!?]{0,20}\b(anrufen|zuruckrufen)|alguien (me )?(puede|podria) llamar|alguem (pode|poderia) me ligar)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CallRequested();
}
