using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, fourteenth round (esc14): discriminatory remarks quoted, from the kinds of batch m's misses
/// (tests/…/Escalation/MISS-KINDS-2026-12-03-m.md), in all six languages over folded text. Door staff, guards, agents,
/// hairdressers and couriers are quoted refusing or mocking someone for their nationality, religion, skin colour, gender
/// identity or body ("no foreigners tonight", "we don't serve your sort", "fat cow"), or the complaint says they joked about
/// a headscarf or skin colour. The older abuse cues needed "called me" before a quote, so a remark told with "said" or
/// "shouted" was missed.
/// </summary>
public static partial class EscalationRemarksQuoted
{
    // Words that, inside a quote, make the remark about who someone is rather than what they bought.
    private const string GroupWords = @"(foreigners|immigrants|your (sort|kind|lot)|people like you|blacks?|muslims?|arabs?|gypsies|fat (cow|pig)|go back to|"
        + @"arabes?|noirs?|etrangers|musulmans?|ces gens-la|gens comme (vous|toi|ca)|grosse vache|gros porc|retourne (dans|chez|au)|"
        + @"auslander|araber|turken|schwarze|muslime|euresgleichen|leute wie (sie|euch|dich)|fette (kuh|sau)|geh (zuruck|heim)|"
        + @"extranjeros|moros|negros?|sudacas|gitanos|fenomenos|gente como (tu|usted|vosotros|ustedes)|gorda|vuelve a tu pais|"
        + @"pretos?|negros?|estrangeiros|macacos?|gente como (voce|vc|voces)|baleia|volta pra (sua terra|o seu pais|seu pais)|"
        + @"marokkanen|buitenlanders|zwarten|moslims|turken|mensen zoals (jij|jullie)|dikke (koe|varken)|terug (moest|moet|naar))";

    // What someone is mocked for when the remark is told, not quoted.
    private const string WhoSomeoneIs = @"(headscarf|hijab|veil|turban|skin colou?r|accent|religion|weight|voile|foulard|couleur de peau|religion|poids|kopftuch|hautfarbe|akzent|religion|gewicht|"
        + @"velo|hiyab|color de piel|acento|religion|peso|veu|cor da pele|sotaque|religiao|hoofddoek|huidskleur|accent|geloof|gewicht)";

    /// <summary>A quoted remark about who someone is (the quote closed, so a word after a closing quote does not count), or jokes and remarks about their headscarf, skin colour, accent or weight.</summary>
    [GeneratedRegex(@"([""“«„][^""”»“]{0,40}\b" + GroupWords + @"\b[^""”»“]{0,30}[""”»“]|"
        + @"\b(jokes|remarks|comments|blagues|remarques|reflexions|witze|spruche|bemerkungen|bromas|comentarios|chistes|piadas|comentarios|grapjes|opmerkingen)\b[^.!?]{0,15}\b(about|on|sur|uber|sobre|de|over)\b[^.!?]{0,10}\b" + WhoSomeoneIs + @"\b)", RegexOptions.NonBacktracking)]
    public static partial Regex DiscriminatoryRemark();
}
