using System.Text;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// Turns what a manager typed into a safe FTS5 query (or PostgreSQL tsquery): words (letters and digits; anything else separates them, as the
/// tokenizer does) and "quoted phrases", every term double-quoted so FTS5 operators (AND, OR, NOT, NEAR, ^, :, -, parentheses)
/// are plain words (bare upper-case operators are dropped); all terms must occur; a trailing * on a word keeps its prefix search. Nothing typed can make a syntax
/// error. Hand-written: no library builds FTS5 query strings.
/// </summary>
public static class FtsQuery
{
    public const int MaxTerms = 16;
    public const int MaxTermLength = 64;

    private static readonly HashSet<string> Operators = new(["AND", "OR", "NOT", "NEAR"], StringComparer.Ordinal);

    /// <summary>The FTS5 query, or null when the text holds no word to search for.</summary>
    public static string? From(string? text)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null : string.Join(' ', terms.Select(t => Quote(string.Join(' ', t.Words)) + (t.Prefix ? "*" : "")));
    }

    /// <summary>
    /// The same terms as a PostgreSQL tsquery (for <c>to_tsquery</c>): each word single-quoted, a phrase's words joined by
    /// <c>&lt;-&gt;</c>, a prefix as <c>:*</c>, all terms joined by <c>&amp;</c>; null when there is no word.
    /// </summary>
    public static string? TsQuery(string? text)
    {
        var terms = Terms(text);
        return terms.Count == 0
            ? null
            : string.Join(" & ", terms.Select(t => t.Words.Count == 1
                ? Lexeme(t.Words[0]) + (t.Prefix ? ":*" : "")
                : "(" + string.Join(" <-> ", t.Words.Select(Lexeme)) + ")"));
    }

    /// <summary>What the text asks for: words and phrases (a term's words), a trailing * as a prefix search.</summary>
    private static List<(IReadOnlyList<string> Words, bool Prefix)> Terms(string? text)
    {
        var terms = new List<(IReadOnlyList<string> Words, bool Prefix)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var quoted = text.Split('"');
        for (var i = 0; i < quoted.Length && terms.Count < MaxTerms; i++)
        {
            // Odd parts were between quotes (an unclosed quote runs to the end): one phrase; even parts: one term per word.
            if (i % 2 == 1)
            {
                var phrase = Words(quoted[i]).Select(w => w.Word).Take(MaxTerms).ToList();
                if (phrase.Count > 0)
                {
                    terms.Add((phrase, false));
                }

                continue;
            }

            foreach (var (word, prefix) in Words(quoted[i]))
            {
                // Bare AND, OR, NOT, NEAR were meant as operators: all words must occur anyway, so they are dropped.
                if (terms.Count < MaxTerms && !Operators.Contains(word))
                {
                    terms.Add(([word], prefix));
                }
            }
        }

        return terms;
    }

    private static string Lexeme(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Quote(string term) => "\"" + term + "\"";

    private static IEnumerable<(string Word, bool Prefix)> Words(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (word.Length < MaxTermLength)
                {
                    word.Append(c);
                }

                continue;
            }

            if (word.Length > 0)
            {
                yield return (word.ToString(), c == '*');
                word.Clear();
            }
        }
    }
}
