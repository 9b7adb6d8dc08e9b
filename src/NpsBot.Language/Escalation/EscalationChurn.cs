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

    [GeneratedRegex(@"\b((bad|terrible|1[- ]star|one[- ]star) reviews?|write a review|for good|it'?s over|we'?re done|you lot|treated (like|as)|"
        + @"mala resena|para siempre|se acabo|sinverguenza\w*|caradura\w*|tratad[oa]s? como|como (basura|mierda)|"
        + @"mauvais avis|pour de bon|c'est fini|minable\w*|traite\w* comme|"
        + @"schlechte bewertung|fur immer|saftladen|behandelt wie|"
        + @"avaliacao negativa|para sempre|de vez|acabou|ladra?o|ladroes|bando de|\w+ lixo|tratad[oa]s? como|"
        + @"een (slechte )?review schrijven|slechte review|voorgoed|waardeloz\w*|behandeld als)\b", RegexOptions.NonBacktracking)]
    public static partial Regex AngerMarkers();
}
