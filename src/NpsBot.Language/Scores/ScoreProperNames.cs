namespace NpsBot.Language.Scores;

/// <summary>
/// A number word inside a proper name: "moro em Sete Lagoas", "vivo en Dos Hermanas", "we live on Seven Sisters Road" (issue
/// 12, tenth round). A capitalised number word in the middle of a sentence, before another capitalised word, names a place,
/// a street or a shop, in any language; a reply written all in Title Case ("Solid Nine From Me") is left alone.
/// </summary>
internal static class ScoreProperNames
{
    internal static bool IsInAName(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate)
    {
        if (!candidate.FromWord || first == 0 || last + 1 >= tokens.Count || tokens[first - 1].Kind != ScoreTokenKind.Word)
        {
            return false; // a name's number word follows a word of the sentence ("em", "en", "on")
        }

        return IsCapitalised(tokens[first]) && IsCapitalised(tokens[last + 1])
            && tokens.Any(t => t.Kind == ScoreTokenKind.Word && t.Text.Length > 2 && char.IsLower(t.Text[0]));
    }

    // "Sete", "Lagoas": an upper-case first letter and lower case after it (not "SEVEN", shouted).
    private static bool IsCapitalised(ScoreToken token) =>
        token.Kind == ScoreTokenKind.Word && token.Text.Length >= 2 && char.IsUpper(token.Text[0]) && char.IsLower(token.Text[1]);
}
