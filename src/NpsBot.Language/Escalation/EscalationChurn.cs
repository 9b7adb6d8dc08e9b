using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Leaving in anger (issue 12, fifth round), over folded text in en, es, fr, de, pt and nl: more ways of saying "I'm
/// leaving" (counted only with anger, like <see cref="EscalationPatterns.Churn"/>), and the anger markers that come with
/// leaving when no angry word does: a threat to tell everyone or write a review, "for good", "c'est fini", and the
/// insults of a customer on the way out. "Never again" and being charged after cancelling are complaints the batches
/// label as no escalation on their own, so they are no markers here. Neither is an escalation on its own: a marker only
/// makes a leaving angry. Hand-written: no published lexicon of churn cues exists for these languages.
/// </summary>
public static partial class EscalationChurn
{
    [GeneratedRegex(@"\b((cancel(l?ing)?|close|closing|ending|terminat\w*) (my|the|our) \w+( \w+)? (today|now|right now|tomorrow)|(i'?m |im )?cancel(l?ing) (my|the|our) \w+|i'?m out|im out|no more (business|money) from me|"
        + @"cancelad todo|cancelo\b[^.!?]{0,20}\b(hoy|ya|todo|mañana)|me (voy|marcho) de (vuestra|tu|su|esta|este)|(pues )?adios\b[^.!?]{0,15}\b(portabilidad|me voy|me cambio)|portabilidad (hecha|pedida|solicitada)|no quiero saber nada mas|"
        + @"je (resilie|m'en vais|quitte)\b|c'est fini (avec|entre)|je (vous )?quitte|"
        + @"ich kundige|kundige\b[^.!?]{0,20}\b(heute|sofort|jetzt)|ich bin (dann )?weg|"
        + @"cancelo\b[^.!?]{0,20}\b(hoje|ja|tudo|amanha)|cancelem tudo|vou cancelar|portabilidade|"
        + @"ik zeg\b[^.!?]{0,30}\bop|ik ben (hier )?weg|ik stop ermee)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Leaves();

    /// <summary>
    /// Seventh round (esc12e): a bare cancel with only a time or "and" after it, switching with the thing switched as its
    /// object, money moved to another bank, every account closed; counted only with anger, like <see cref="Leaves"/>.
    /// </summary>
    [GeneratedRegex(@"\b(cancel(l?ing) (today|now|tonight|and|the lot|both|all of it)|i'?m cancelling|(switch|switching|change|changing) (my )?(supplier|provider|bank|network|energy supplier|insurer|broadband|phone company)s?|tak(e|ing) my (\w+ )?(elsewhere|somewhere else)|(moved|moving|took|taking) my (money|savings|account|mortgage|business) (\w+ )?(to another|to a different|elsewhere)|clos(e|ing) (both|all|all my|both my|every) (\w+ )?accounts?|"
        + @"(je )?change(r)? (d'operateur|de banque|d'assurance|d'assureur|de fournisseur|de compagnie|de mutuelle)|je me casse|je (ferme|cloture|clos) (tous )?mes comptes|(j'ai )?tout transfere|je vais voir ailleurs|"
        + @"(wechsle|wechseln) (den|die|das|meinen|meine|meinem) (anbieter|bank|versicherung|stromanbieter|provider|versorger)|anbieter wechseln|(konten|konto|vertrage) (\w+ ){0,3}auf(losen|gelost)|lose\b[^.!?]{0,30}\bauf|(liegt|ist|sind) (jetzt )?bei einer anderen bank|zu einer anderen bank|"
        + @"(doy|damos|dar|di|dare) de baja|me cambio de (compania|banco|operador|operadora|seguro|aseguradora|proveedor)|cierro (todas )?(mis|las) cuentas|lo cancelo todo|me (he )?llevado (el|mi) dinero|a otro banco|"
        + @"(vou )?(trocar|mudar) de (operadora|banco|seguradora|fornecedor)|encerr\w* (todas )?(as )?(minhas )?contas|cancelo tudo|levei (o )?meu dinheiro|(pra|para) outro banco|"
        + @"(ga|gaan|stap|stappen) (\w+ )?naar een andere (provider|bank|aanbieder|verzekeraar|leverancier)|(hef|heffen) (\w+ ){0,4}op|opheffen|(staat|zit) (nu )?bij een andere bank|zeg (alles|het|mijn) (\w+ )?op)\b", RegexOptions.NonBacktracking)]
    public static partial Regex LeavesWithAnObject();

    [GeneratedRegex(@"\b((bad|terrible|1[- ]star|one[- ]star) reviews?|write a review|for good|it'?s over|we'?re done|you lot|treated (like|as)|"
        + @"mala resena|para siempre|se acabo|sinverguenza\w*|caradura\w*|tratad[oa]s? como|como (basura|mierda)|"
        + @"mauvais avis|pour de bon|c'est fini|minable\w*|traite\w* comme|"
        + @"schlechte bewertung|fur immer|saftladen|behandelt wie|"
        + @"avaliacao negativa|para sempre|de vez|acabou|ladra?o|ladroes|bando de|\w+ lixo|tratad[oa]s? como|"
        + @"een (slechte )?review schrijven|slechte review|voorgoed|waardeloz\w*|behandeld als)\b", RegexOptions.NonBacktracking)]
    public static partial Regex AngerMarkers();

    /// <summary>
    /// Seventh round (esc12e): anger said with idioms the lists lacked ("fuming", "die Nase voll", "hasta el moño", "saco
    /// cheio", "spuugzat"), intensified forms ("hartísima"), parting insults ("get stuffed", "que os den", "vão à merda",
    /// "bekijk het maar", masked swearing) and "this is how you treat me".
    /// </summary>
    [GeneratedRegex(@"\b(fuming|seething|fed up to the back teeth|had it up to here|(absolute|total|complete|a) (joke|shambles|disgrace)|get stuffed|stick (it|your)|good riddance|greedy|bastards?|b\*+\w*|robbing|rip-?off|(this is )?how you treat (me|your|loyal)|"
        + @"j'en ai marre|marre de vous|ras-le-bol|escrocs|bon debarras|allez vous faire|(vous )?me degoutez|degoutant\w*|c'est honteux|comme (ca que )?(vous me traitez|on me traite)|"
        + @"nase (\w+ ){0,2}voll|schnauze (\w+ )?voll|mir reicht'?s|es reicht|reicht (mir|endgultig)|halsabschneider\w*|abzock\w*|verarsch\w*|tschuss|so behandelt ihr|mull\w*|"
        + @"hart[oa]s?|hartisim[oa]s?|hasta el (mono|gorro|cono)|que (os|te|les) den|a la mierda|estafadores|ahi os quedais|una basura|asi (me|nos) trat\w*|"
        + @"saco cheio|cansei|va(o|i) (a|pra|para a|pra a) merda|vao se \w+|palhacada|passar bem|seus ladroes|um lixo|(e )?assim que (me|nos) tratam|que vergonha|"
        + @"spuugzat|kotsbeu|strontziek|het (\w+ )?zat|helemaal klaar|zakkenvullers|bekijk het|rot op|rommel|doei|zo behandelen jullie)\b", RegexOptions.NonBacktracking)]
    public static partial Regex AngerIdioms();
}
