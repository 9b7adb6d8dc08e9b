using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>
/// Fixed expressions built on number words, in the six languages ("à deux doigts de", "un de ces quatre", "eins a",
/// "cloud nine", "cuatro gatos", "bicho de sete cabeças", "in acht nemen"), and French "neuf" meaning new: the number word
/// in one is no score (issue 12, eighth round). Hand-written: idioms belong to the language, no library lists them.
/// </summary>
public static class ScoreNumberIdioms
{
    /// <summary>Folded, accents removed, one space between words; each holds at least one number word.</summary>
    private static readonly string[] Phrases =
    [
        // en
        "six of one", "cloud nine", "one of these days", "sixes and sevens", "in two minds", "two and two together", "my two cents",
        "on all fours", "back to square one", "to the nines", "two left feet", "one way or another", "ten a penny", "one too many",
        "kill two birds", "two peas",
        // fr
        "deux doigts", "de ces quatre", "quatre veines", "mettre en quatre", "mis en quatre", "cheveux en quatre", "deux poids deux mesures",
        "deux temps trois mouvements", "jamais deux sans trois", "quatre epingles", "entre quatre yeux", "quatre matins", "deux gouttes",
        "en deux deux",
        // de
        "eins a", "wolke sieben", "allen vieren", "unter vier augen", "funf gerade", "zwei fliegen", "zwei linke", "sieben sachen",
        "bis drei zahlen", "eins zu eins", "zwei paar schuhe", "alle neune",
        // es
        "cuatro gatos", "dos por tres", "a la de tres", "tres pies", "cuatro ojos", "dos dedos de frente", "siete vidas", "tres al cuarto",
        "dos patadas",
        // pt
        "sete cabecas", "seis por meia", "sete palmos", "quatro cantos", "dois dedos", "pintar o sete", "pintando o sete", "tres tempos",
        "duas caras", "dois pesos",
        // nl
        "in acht", "twee keer twee", "twee walletjes", "met twee woorden", "twee linkerhanden", "een twee drie", "alle vier", "vier ogen",
        "twee vliegen", "twee gedachten",
    ];

    /// <summary>Each word of a phrase → the phrases it is in, with its place in each.</summary>
    private static readonly FrozenDictionary<string, (string[] Words, int At)[]> ByWord = Phrases
        .Select(p => p.Split(' '))
        .SelectMany(words => words.Select((word, at) => (word, entry: (words, at))))
        .GroupBy(x => x.word, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.entry).ToArray(), StringComparer.Ordinal);

    /// <summary>Words before French "neuf" that make it "new" ("tout neuf", "flambant neuf", "le téléphone est neuf").</summary>
    private static readonly FrozenSet<string> NewMarkers = FrozenSet.ToFrozenSet(
        "tout toute tous toutes flambant comme etat est sont etait etaient quasi presque pratiquement remis produit article appareil "
            .Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>The number word at <paramref name="first"/> is inside one of the fixed expressions.</summary>
    public static bool IsInIdiom(IReadOnlyList<ScoreToken> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!ByWord.TryGetValue(tokens[first].Folded, out var entries))
        {
            return false;
        }

        foreach (var (words, at) in entries)
        {
            var start = first - at;
            if (start >= 0 && start + words.Length <= tokens.Count && Matches(tokens, start, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>French "neuf" after a word that makes it new, or before "mais déjà"/"et déjà" ("neuf et déjà en panne").</summary>
    public static bool IsNewNotNine(IReadOnlyList<ScoreToken> tokens, int first, string language)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (language != "fr" || tokens[first].Folded is not ("neuf" or "neuve" or "neufs" or "neuves"))
        {
            return false;
        }

        var afterNew = first > 0 && NewMarkers.Contains(tokens[first - 1].Folded);
        var yetAlready = false;
        for (var i = first + 1; i < tokens.Count && i <= first + 6; i++)
        {
            yetAlready |= tokens[i].Folded == "deja";
        }

        return afterNew || yetAlready;
    }

    private static bool Matches(IReadOnlyList<ScoreToken> tokens, int start, string[] words)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (!string.Equals(tokens[start + j].Folded, words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
