using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, twelfth round (esc12k): the smaller kinds of batch k's misses (MISS-KINDS-2026-12-02-k.md), in all six
/// languages over folded text: contact counted in things sent (a receipt, a screenshot sent three times), broken promises
/// and tickets counted; insults reported in indirect speech and slurs the lists lacked; damage told with a cracking or
/// hole-making verb; a chargeback by another name; "called by a human"; a chronic neurological condition; leaving this
/// bank or shop, and anger said as "what rage". General wording, never one line's.
/// </summary>
public static partial class EscalationSentAndSaid
{
    /// <summary>Something sent, uploaded or handed over again and again: the receipt, proof, a screenshot, the forms, N times.</summary>
    [GeneratedRegex(@"\b((sent|resent|uploaded|forwarded|submitted|emailed|attached|provided)\b[^.!?]{0,40}\b(\d|two|three|four|five|six|several|multiple) times|(sent|uploaded|submitted) (it|them|the \w+) (twice|again and again)|"
        + @"(envoye|renvoye|transmis|fourni|joint|televerse|depose)\w*\b[^.!?]{0,40}\b(\d|deux|trois|quatre|cinq|plusieurs) fois|"
        + @"(\d|zwei|drei|vier|funf|mehrere)[- ]?(mal|male) (\w+ ){0,3}(geschickt|gesendet|zugeschickt|hochgeladen|eingereicht|ubermittelt)|(zweimal|dreimal|viermal|funfmal|x-mal) (\w+ ){0,3}(geschickt|gesendet|zugeschickt|hochgeladen|eingereicht|ubermittelt)|"
        + @"(mande|envie|reenvie|adjunte|subi|mandado|enviado|mandamos|enviamos)\b[^.!?]{0,40}\b(\d|dos|tres|cuatro|cinco|varias) veces|"
        + @"(mandei|enviei|reenviei|anexei|mandamos|enviamos|mandado|enviado)\b[^.!?]{0,40}\b(\d|duas|tres|quatro|cinco|varias) vezes|"
        + @"(\d|twee|drie|vier|vijf|meerdere) keer (\w+ ){0,3}(gestuurd|opgestuurd|verstuurd|gemaild|geupload|ingediend|doorgestuurd))\b", RegexOptions.NonBacktracking)]
    public static partial Regex SentTimes();

    /// <summary>Broken promises counted (twice, "yesterday and the day before"), tickets or case numbers counted after a number word.</summary>
    [GeneratedRegex(@"\b((promised|said they would|said they'd)\b[^.!?]{0,50}\b(yesterday and the day before|twice|two times|three times)|(stood up|let down|left hanging) (twice|two times|three times|again)|(two|three|four|\d) (ticket|case|reference) numbers|"
        + @"(promis|dit qu'on)\w*\b[^.!?]{0,50}\b(hier et avant-hier|deux fois|trois fois)|(deux|trois|quatre|\d) (numeros de (dossier|ticket|reclamation)|tickets|dossiers ouverts)|"
        + @"versproch\w*\b[^.!?]{0,50}\b(gestern und vorgestern|zweimal|dreimal)|(zwei|drei|vier|\d) (ticketnummern|tickets|vorgangsnummern|vorgange)|"
        + @"prometi\w*\b[^.!?]{0,50}\b(ayer y anteayer|ayer y antes de ayer|dos veces|tres veces)|(dos|tres|cuatro|\d) veces (me )?(dejan|dejaron|han dejado) (colgad|plantad|tirad)\w*|(dos|tres|cuatro|\d) (numeros de (incidencia|caso|reclamacion|ticket)|incidencias abiertas|tickets)|"
        + @"prometer\w*\b[^.!?]{0,50}\b(ontem e anteontem|duas vezes|tres vezes)|(dois|duas|tres|quatro|\d) (protocolos|chamados|numeros de protocolo|tickets)|"
        + @"beloofd\w*\b[^.!?]{0,50}\b(gisteren en eergisteren|twee keer|drie keer)|(twee|drie|vier|\d) (ticketnummers|dossiernummers|tickets))\b", RegexOptions.NonBacktracking)]
    public static partial Regex PromisesOrTicketsCounted();

    /// <summary>An insult reported in indirect speech ("told me I was hysterical"), and slurs the earlier lists lacked (inflected forms too).</summary>
    [GeneratedRegex(@"\b((told me|said) (that )?i was (a |an )?(hysterical|crazy|mad|stupid|an idiot|a liar|thick|pathetic|useless)|"
        + @"(m'a dit|a dit) que j'etais (une? )?(hysterique|folle|fou|idiote?|conne?|nulle?|menteu(r|se)|debile)|"
        + @"(sagte|meinte|behauptete),? (\w+ ){0,2}ich (sei|ware|waere) (\w+ )?(hysterisch|verruckt|blod|dumm|bescheuert|eine lugnerin|ein lugner)|"
        + @"(me dijo|dijo) que (yo )?(era|soy|estaba) (una? )?(histeric[oa]|loc[oa]|tont[oa]|estupid[oa]|mentiros[oa]|idiota|inutil|pesad[oa])|me llamo (histeric|loc|mentiros|estupid)\w*|"
        + @"(disse|falou) que eu (era|sou|estava) (uma? )?(histeric[oa]|louc[oa]|burr[oa]|mentiros[oa]|idiota|estupid[oa])|"
        + @"(zei|riep) dat ik (\w+ )?(hysterisch|gek|dom|een leugenaar|achterlijk|gestoord) (was|ben)|"
        + @"nigger|kike|dyke|pikey|gyppo|negre|bamboula|tapette|gouine|youpin|kanak\w*|neger|schlitzauge|zigeuner|tunte|negrata|bollera|mariquita|gitano de mierda|paneleiro|nikker|makak|kutmarokkaan|mongool)\b", RegexOptions.NonBacktracking)]
    public static partial Regex InsultsReported();

    /// <summary>Damage told with a cracking or hole-making verb near a surface of the home: cracked tiles, a hole knocked in a plaster wall.</summary>
    [GeneratedRegex(@"\b((chipped|punched a hole in|knocked a hole in|put a hole in|made a hole in|a hole in (the|my|our))|(fissur\w*|ebrech\w*|fendu\w*|un trou dans)|(ein loch in|angeschlagen|abgeplatzt|gerissen)|(agriet\w*|desconch\w*|un (agujero|boquete) en)|(rachad\w*|racharam|rachou|lasc(ou|aram|ad\w*)|trincad\w*|um buraco n)|(gebarsten|een gat in|deuk in|gestoten))\b[^.!?]{0,45}\b(" + EscalationPatterns.PropertyNouns
        + @"|plasterboard|drywall|plaster wall|placo|cloison|rigips|gipswand|trockenbauwand|pladur|tabique|drywall|parede de gesso|pladur|gipsmuur|gipswand|gipsplaat)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CrackedOrHoled();

    /// <summary>A chargeback by other names (French "rétrofacturation", Spanish "contracargo", a card dispute in Portuguese).</summary>
    [GeneratedRegex(@"\b(retrofactur\w*|contracargo|contestacao (no|do|junto ao) (banco|cartao)|contestei (a compra|a cobranca|no banco|no cartao)|card dispute|disputed (the|it) with my (bank|card)|litige (bancaire|avec ma banque)|"
        + @"zahlung (\w+ )?(zuruckgeholt|zuruckgebucht)|reclamacion (al|con el) banco|disputa con (mi|el) banco|betwist\w* (bij|via) (mijn|de) bank)\b", RegexOptions.NonBacktracking)]
    public static partial Regex ChargebackNamedOtherwise();

    /// <summary>Asking to be called or helped by a human being rather than an app or a bot.</summary>
    [GeneratedRegex(@"\b((called|phoned|rung|contacted|helped) by (a|an actual|a real|an) (person|human)|"
        + @"(appele|rappele|contacte|aide)e? par (un humain|une (vraie )?personne|un etre humain)|"
        + @"von einem (echten )?menschen (angerufen|zuruckgerufen|kontaktiert|beraten)|"
        + @"que me (llame|atienda) (una persona|un humano|alguien de verdad)|"
        + @"que (uma pessoa|um humano|alguem de verdade) me (ligue|atenda)|(ser )?atendid[oa] por (uma pessoa|um humano)|"
        + @"(gebeld|teruggebeld|geholpen) (\w+ )?(worden )?door een (echt )?mens|een mens aan de lijn)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CalledByAHuman();

    /// <summary>A chronic neurological condition with its effect: MS, Parkinson's, a tremor in the hands.</summary>
    [GeneratedRegex(@"\b((i have|i've got|has|with) ms|multiple sclerosis|parkinson'?s?|motor neurone disease|(shaky|shaking|trembling) hands|hand tremors?|"
        + @"sclerose en plaques|j'ai (une |la )?sep|mains qui tremblent|tremblements|"
        + @"multiple sklerose|(ich habe|hab|hat) ms|zittrige hande|meine hande zittern|"
        + @"esclerosis multiple|me tiemblan las manos|temblores en las manos|"
        + @"esclerose multipla|maos tremulas|minhas maos tremem|tremores nas maos|"
        + @"(ik heb|heeft|met) ms|multiple sclerose|trillende handen|mijn handen trillen)\b", RegexOptions.NonBacktracking)]
    public static partial Regex NeurologicalCondition();

    /// <summary>Leaving this bank, shop or company, said as a plan (counted only with anger, like every way of leaving).</summary>
    [GeneratedRegex(@"\b((i'?m|i am|i will|i'?ll) (be )?(leaving|quitting) (this|your) (bank|shop|store|company|provider|insurer|gym|network)|"
        + @"je (quitte|vais quitter) (cette|votre) (banque|enseigne|boutique|compagnie|assurance|salle)|"
        + @"ich (verlasse|kehre) (diese|eure|ihre) (bank|firma|versicherung)|"
        + @"me voy de (este|esta|vuestro|vuestra|su) (banco|compania|tienda|aseguradora|gimnasio)|"
        + @"(vou sair|saio|estou saindo|vou embora) (do|da|desse|dessa|deste|desta) (banco|operadora|loja|empresa|seguradora|academia)|"
        + @"ik (ga weg|vertrek|stap weg) bij (deze|jullie) (bank|winkel|verzekeraar|provider|sportschool))\b", RegexOptions.NonBacktracking)]
    public static partial Regex LeavingThisPlace();

    /// <summary>Anger said as the feeling itself: "what rage", "so angry".</summary>
    [GeneratedRegex(@"\b(so angry|fuming|seething|quelle rage|j'enrage|ich koche vor wut|so eine wut|bin so wutend|que rabia|me da mucha rabia|que raiva|estou com raiva|morrendo de raiva|ik ben zo kwaad|wat een woede|ik word gek van jullie)\b", RegexOptions.NonBacktracking)]
    public static partial Regex RageSaid();
}
