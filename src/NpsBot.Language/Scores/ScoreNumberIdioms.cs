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
        // issue 12, tenth round: "me dejó a dos velas", "en deux mots", "kein Sechser im Lotto" (digits match too: "Wolke 7")
        "a dos velas", "en deux mots", "sechser im lotto",
        // issue 12, eleventh round: odds ("tien tegen een", "ten to one")
        "ten to one", "dix contre un", "zehn zu eins", "diez contra uno", "dez contra um", "tien tegen een",
        // issue 12, thirteenth round: one in a million, and "24/7" said in words
        "one in a million", "un sur un million", "une sur un million", "eins zu einer million", "einer unter millionen",
        "uno entre un millon", "uno en un millon", "una entre un millon", "um em um milhao", "um num milhao", "uma num milhao",
        "een op een miljoen", "een uit duizend", "one in a thousand", "un sur mille", "uno entre mil", "um em mil",
        "twenty-four seven", "twenty four seven", "vingt-quatre sept", "vierundzwanzig sieben", "veinticuatro siete",
        "vinte e quatro sete", "vinte quatro sete", "vierentwintig zeven",
    ];

    /// <summary>The words after a number that add a half to it: "seis y medio", "sete e meio", "six et demi", "zes en een half".</summary>
    private static readonly string[] Halves =
    [
        "and a half", "y medio", "y media", "e meio", "e meia", "et demi", "et demie", "und ein halb", "und einhalb", "en een half",
    ];

    /// <summary>Idioms only ever written in words: "ik geef 8" is a score, "geef acht op" is Dutch for "pay attention" (eleventh round).</summary>
    private static readonly string[] WordOnlyPhrases = ["geef acht", "geeft acht", "acht geven", "acht gegeven", "acht slaan", "acht geslagen"];

    /// <summary>Each word of a phrase → the phrases it is in, with its place in each.</summary>
    private static readonly FrozenDictionary<string, (string[] Words, int At)[]> ByWord = Phrases.Concat(WordOnlyPhrases)
        .Select(p => p.Split(' '))
        .SelectMany(words => words.Select((word, at) => (word, entry: (words, at))))
        .GroupBy(x => x.word, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.entry).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The idioms that are written with a digit too ("Wolke 7", "cloud 9"): the number in them → the phrases and its place.
    /// Only phrases whose other words are long enough to be no small word of a sentence ("in 8 Tagen" is no "in acht").
    /// </summary>
    private static readonly FrozenDictionary<int, (string[] Words, int At)[]> ByDigit = Phrases
        .Select(p => p.Split(' '))
        .SelectMany(words => words.Select((word, at) => (value: DigitOf(word), entry: (words, at))))
        .Where(x => x.value is not null && x.entry.words.Where((_, j) => j != x.entry.at).All(w => w.Length >= MinimumDigitIdiomWord))
        .GroupBy(x => x.value!.Value)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.entry).ToArray());

    private const int MinimumDigitIdiomWord = 4;

    /// <summary>Words before French "neuf" that make it "new" ("tout neuf", "flambant neuf", "le téléphone est neuf").</summary>
    private static readonly FrozenSet<string> NewMarkers = FrozenSet.ToFrozenSet(
        ("tout toute tous toutes flambant comme etat est sont etait etaient quasi presque pratiquement remis produit article appareil "
            + "etes es suis sommes ") // "vous êtes neuf ici": a newcomer (issue 12, eleventh round)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>The number word at <paramref name="first"/> is inside one of the fixed expressions.</summary>
    public static bool IsInIdiom(IReadOnlyList<ScoreToken> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var digit = tokens[first].Kind == ScoreTokenKind.Number && tokens[first].Value is >= 0 and <= 10 && !tokens[first].IsDecimal;
        if (!(digit ? ByDigit.TryGetValue((int)tokens[first].Value!.Value, out var entries) : ByWord.TryGetValue(tokens[first].Folded, out entries)))
        {
            return false;
        }

        foreach (var (words, at) in entries)
        {
            var start = first - at;
            if (start >= 0 && start + words.Length <= tokens.Count && Matches(tokens, start, words, first))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "seis y medio", "7 e meio", "zes en een half": a number with a half is no whole score, and a half is not asked back
    /// (issue 12, thirteenth round); "8 et demi... non, 8" keeps the later 8.
    /// </summary>
    public static bool IsAndAHalf(IReadOnlyList<ScoreToken> tokens, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return ScoreSpans.StartsWithPhrase(tokens, last + 1, last + 3, wordsOnly: true, Halves);
    }

    /// <summary>
    /// Spanish "de diez" (or "de 10") opening a sentence is the idiom for great, not a score on our scale (issue 12, twelfth
    /// round): "de diez, como dice mi abuela". "diez de diez", "una nota de 10" and "de 0 a 10, un 10" stay scores.
    /// </summary>
    public static bool IsDeDiez(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (language != "es" || first == 0 || (tokens[first].Value is not 10 && tokens[first].Folded != "diez") || tokens[first - 1].Folded != "de")
        {
            return false;
        }

        var opensSentence = first == 1 || tokens[first - 2].Text is "." or "!" or "?" or "…" or "(";
        var scaleAfter = last + 1 < tokens.Count && (tokens[last + 1].IsSymbol('/') || tokens[last + 1].Folded is "de" or "sobre" or "a");
        return opensSentence && !scaleAfter;
    }

    /// <summary>French "neuf" after a word that makes it new, or before "déjà"/"état" ("neuf et déjà en panne", "neuf et en bon état").</summary>
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
            yetAlready |= tokens[i].Folded is "deja" or "etat"; // "neuf et en parfait état": new and in good condition
        }

        return afterNew || yetAlready;
    }

    private static int? DigitOf(string word) =>
        word.All(char.IsAsciiDigit) ? int.Parse(word, System.Globalization.CultureInfo.InvariantCulture)
        : NumberWords.Find(word, word) is { Weak: false, Value: <= 10 } number ? number.Value : null;

    // The number's own place matches by value ("wolke 7" and "wolke sieben" alike); the other words by their folded text.
    private static bool Matches(IReadOnlyList<ScoreToken> tokens, int start, string[] words, int number)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (start + j != number && !string.Equals(tokens[start + j].Folded, words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
