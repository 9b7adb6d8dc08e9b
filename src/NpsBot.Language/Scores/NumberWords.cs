using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>Number words 0–10 (and common larger ones, to spot out-of-range answers) in en, es, fr, de, pt and nl (with Swiss and southern German forms), with small typos.</summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Strong = Build(new()
    {
        [0] = "zero cero zéro zero null nul nil",
        [1] = "eins één",
        [2] = "two dos deux zwei zwo dois duas twee zwöi zwoi zwoa",
        [3] = "three tres três trois drei drie drü drüü drietje",
        [4] = "four cuatro quatre vier quatro vieri viertje",
        [5] = "five cinco cinq fünf fuenf funf vijf föifi foifi füfi vijfje",
        [6] = "six seis sechs zes sächsi zesje",
        [7] = "seven siete sept sieben sete zeven sibni siebni zevenje zeventje",
        [8] = "eight ocho huit acht oito achti achtje",
        [9] = "nine nueve neuf neun nove negen nüni neini negentje",
        [10] = "ten diez dix zehn dez tien zäni zehni",
        [11] = "eleven onze elf",
        [12] = "twelve doce douze zwölf zwolf doze twaalf",
        [13] = "thirteen trece treize dreizehn treze dertien",
        [14] = "fourteen catorce quatorze vierzehn catorze veertien",
        [15] = "fifteen quince quinze fünfzehn funfzehn vijftien",
        [16] = "sixteen dieciseis seize sechzehn dezasseis dezesseis zestien",
        [17] = "seventeen diecisiete dix-sept siebzehn dezassete dezessete zeventien",
        [18] = "eighteen dieciocho dix-huit achtzehn dezoito achttien",
        [19] = "nineteen diecinueve dix-neuf neunzehn dezanove dezenove negentien",
        [20] = "twenty veinte vingt zwanzig vinte twintig",
        [30] = "thirty treinta trente dreißig trinta dertig",
        [40] = "forty cuarenta quarante vierzig quarenta veertig",
        [50] = "fifty cincuenta cinquante fünfzig cinquenta vijftig",
        [60] = "sixty sesenta soixante sechzig sessenta zestig",
        [70] = "seventy setenta septante siebzig zeventig",
        [80] = "eighty ochenta quatre-vingts achtzig oitenta tachtig",
        [90] = "ninety noventa nonante neunzig noventa negentig",
        [100] = "hundred cien cent hundert cem honderd",
    });

    // Dialect and pet forms (issue 12, eighth round): Swiss German "füüf", "nüün", "zää" (not "zäh", German for tough); Austrian and Bavarian "fünfe",
    // "zehne"; Spanish and Portuguese diminutives "un ochito", "um oitinho". The southern German nouns of the digit ("a Achter",
    // "a glatter Zehner", issue 12, tenth round) only from 7 up; Portuguese "-zinho" on the whole word and Dutch grade diminutives
    // "een zesje", "een achtje" (eleventh round; "tientje" is a banknote); Bavarian "a Neiner", "a Siebner", radio "niner", "un nuevecito" (twelfth): below, "a Fünfer" or "a Einser" is a school grade. Kept out of the typo targets: one letter from
    // them are real words ("neune"/"neuve", "sibe"/"side"). Fourteenth round: Bavarian and Austrian "oans", South Tyrolean
    // "nulla", Limburgish "zeuve"/"nuuj", Dutch "nulletje", Spanish "cerito"/"unito"/"dosito"/"tresito".
    private static readonly FrozenDictionary<string, int> Dialect = Build(new()
    {
        [0] = "nullkommanull nullkommanix nullkommanichts nulla nulletje nulleke cerito cerocito",
        [1] = "oans unito",
        [2] = "dosito",
        [3] = "tresito",
        [5] = "füüf fuuf föif foif fünfe funfe cinquito cinquinho cincozinho",
        [6] = "sächs sachs sechse seisito seisinho seizinho zesje",
        [4] = "cuatrito quatrinho quatrozinho",
        [7] = "zeuve zeuven sibe sibä siebene sieme sietito sietecito setinho setezinho siebener siebner zevenje",
        [8] = "ochito oitinho oitozinho achter achtje",
        [9] = "nuuj nüün nuun nüüni nuuni neune neuner neiner niner nuevecito novezinho negentje",
        [10] = "zää zehne diecito dezinho zehner",
    });

    // Pronouns that are also "one".
    private static readonly FrozenDictionary<string, int> WeakWords = Build(new() { [0] = "zilch nada nix niks nothing zip nought naught nadinha nadita zerinho zerito dalle noppes niente", [1] = "one uno" });

    // Articles that are also "one", and Spanish "once" (11), which is English "once".
    private static readonly FrozenDictionary<string, int> Articles = Build(new() { [1] = "una un une ein eine een um uma", [11] = "once" });

    // Real words one typo away from a number word ("there"/three, "dios"/dois), and "très" (French "very").
    private static readonly FrozenSet<string> NotNumbers = FrozenSet.ToFrozenSet(
        ("très there thee tree seen eighth seventh sixth ninth tenth dios cuarto quarto trios sieden nein none fine give hundreds cents site creo doos "
            // real words one swap from a number word in another language: "dire"/drie, "Seite"/siete, "vire"/vier
            + "dire vire seite quarte tine deri dize "
            // Dutch ordinals one letter from the pet forms "zevenje", "vijfje" ("in de zevende hemel")
            + "zevende vijfde")
            .Split(' '), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> TypoTargets = Strong
        .Where(pair => pair.Value <= 10 && pair.Key.Length >= 3 && pair.Key.All(char.IsAsciiLetterLower))
        .ToFrozenDictionary(StringComparer.Ordinal);

    // The typo targets by first letter, each list in TypoTargets' own order (perf15): a small typo keeps the first letter
    // (TypoMatcher), so a word is compared only with the targets it could be, and the first one it matches is the same.
    private static readonly FrozenDictionary<char, KeyValuePair<string, int>[]> TypoTargetsByFirstLetter = TypoTargets
        .GroupBy(pair => pair.Key[0])
        .ToFrozenDictionary(group => group.Key, group => group.ToArray());

    // Spellings that are a number in one language only (issue 12, thirteenth round): Spanish seseo "dies", "sinco" (in German
    // "dies" is "this", in English a verb).
    private static readonly FrozenDictionary<string, int> SpanishSpellings = Build(new() { [5] = "sinco", [10] = "dies" });

    /// <summary>A number word spelled as one language says it, or null: Spanish seseo "dies" for "diez".</summary>
    public static NumberWord? FindInLanguage(string folded, string? locale) =>
        locale is not null && locale.StartsWith("es", StringComparison.OrdinalIgnoreCase) && SpanishSpellings.TryGetValue(folded, out var value)
            ? new(value)
            : null;

    /// <summary>Reads a word (lower case, accents kept) or its folded form as a number word.</summary>
    public static NumberWord? Find(string lowered, string folded)
    {
        ArgumentNullException.ThrowIfNull(lowered);
        ArgumentNullException.ThrowIfNull(folded);

        // perf18: the discourse rules ask about the same few words again and again (every rule that looks for a number
        // near a candidate), and most are no number, which costs every table and the typo targets. The answer is a
        // function of the two strings alone, so each thread keeps the latest answers, one slot per hash of the folded word.
        var slots = t_found ??= new FoundWord[FoundSlots];
        ref var slot = ref slots[folded.GetHashCode() & (FoundSlots - 1)];
        if (slot.Folded is not null && string.Equals(slot.Folded, folded, StringComparison.Ordinal) && string.Equals(slot.Lowered, lowered, StringComparison.Ordinal))
        {
            return slot.Word;
        }

        var word = Read(lowered, folded);
        slot = new FoundWord(lowered, folded, word);
        return word;
    }

    private const int FoundSlots = 64;

    [ThreadStatic]
    private static FoundWord[]? t_found;

    private readonly record struct FoundWord(string Lowered, string Folded, NumberWord? Word);

    private static NumberWord? Read(string lowered, string folded)
    {
        if (NotNumbers.Contains(lowered) || NotNumbers.Contains(folded))
        {
            return null;
        }

        if (Strong.TryGetValue(lowered, out var value) || Strong.TryGetValue(folded, out value))
        {
            return new(value);
        }

        if (Dialect.TryGetValue(lowered, out value) || Dialect.TryGetValue(folded, out value))
        {
            return new(value);
        }

        if (WeakWords.TryGetValue(lowered, out value) || WeakWords.TryGetValue(folded, out value))
        {
            return new(value, Weak: true);
        }

        if (Articles.TryGetValue(lowered, out value) || Articles.TryGetValue(folded, out value))
        {
            return new(value, Weak: true, Article: true);
        }

        var targets = folded.Length > 0 && TypoTargetsByFirstLetter.TryGetValue(folded[0], out var sameFirstLetter) ? sameFirstLetter : [];
        foreach (var (target, targetValue) in targets)
        {
            if (TypoMatcher.IsSmallTypo(folded, target))
            {
                return new(targetValue);
            }
        }

        return FindDrawnOut(folded) ?? FindWithIsh(folded);
    }

    // "zerooo", "tennnn", "dieeez", "tweeeee": a letter held for emphasis (three or more in a row); a run kept as two first
    // ("threeee" → "three"), then as one ("zerooo" → "zero"). A run of two is left alone: "noon" is no number.
    private static NumberWord? FindDrawnOut(string folded)
    {
        if (!HasRunOfThree(folded))
        {
            return null;
        }

        foreach (var keep in (int[])[2, 1])
        {
            var collapsed = Collapse(folded, keep);
            if (!NotNumbers.Contains(collapsed) && Strong.TryGetValue(collapsed, out var value) && value <= 10)
            {
                return new(value);
            }
        }

        return null;
    }

    // "seven-ish", "eightish": the approximation suffix glued to a number word (the read-back confirms it).
    private static NumberWord? FindWithIsh(string folded)
    {
        var stem = folded.EndsWith("-ish", StringComparison.Ordinal) ? folded[..^4] : folded.EndsWith("ish", StringComparison.Ordinal) ? folded[..^3] : null;
        return stem is { Length: >= 3 } && Strong.TryGetValue(stem, out var value) && value <= 10 ? new(value) : null;
    }

    private static bool HasRunOfThree(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                return true;
            }
        }

        return false;
    }

    private static string Collapse(string word, int keep)
    {
        var builder = new System.Text.StringBuilder(word.Length);
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= keep)
            {
                builder.Append(word[i]);
            }
        }

        return builder.ToString();
    }

    public static bool IsTen(string folded) => Strong.TryGetValue(folded, out var value) && value == 10;

    private static FrozenDictionary<string, int> Build(Dictionary<int, string> lists)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, words) in lists)
        {
            foreach (var word in words.Split(' '))
            {
                map[word] = value;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
