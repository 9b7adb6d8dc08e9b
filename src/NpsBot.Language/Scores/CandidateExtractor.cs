namespace NpsBot.Language.Scores;

/// <summary>Finds the numbers in a reply that could be the score, and drops the ones that clearly are not (orders, durations, prices, times, years).</summary>
public static class CandidateExtractor
{
    public static List<ScoreCandidate> Extract(IReadOnlyList<ScoreToken> tokens, string? locale)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var candidates = new List<ScoreCandidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            var last = i;
            var number = ReadNumber(tokens, ref last, locale) ?? MultiplierOutOfTen(tokens, i);
            if (number is null || IsAfterSlash(tokens, i))
            {
                i++;
                continue;
            }

            var (value, word) = number.Value;
            var next = last + 1;
            var denominator = Denominator(tokens, next);

            // "1000000/10" is meant as a score (out of range); without "/10" a big number or a price is something else.
            if (denominator is not { Value: 10 } && IsNotAScore(tokens, i, last, value, locale))
            {
                i = SkipTime(tokens, next);
                continue;
            }

            if (denominator is { Value: 10 } && IsFrequency(tokens, denominator.Value.Last + 1))
            {
                i = denominator.Value.Last + 2;
                continue;
            }

            if (IsScaleEcho(tokens, next, value))
            {
                i = next + 2;
                continue;
            }

            var start = tokens[i].Start;
            var end = tokens[last].End;
            var otherScale = false;
            if (denominator is not null)
            {
                end = tokens[denominator.Value.Last].End;
                next = denominator.Value.Last + 1;
                if (denominator.Value.Value != 10)
                {
                    // "12/05" is a date and "3/4" a fraction; only "4/5" reads as a rating on another scale.
                    otherScale = denominator.Value.Value == 5 && value <= 5;
                    if (!otherScale)
                    {
                        i = next;
                        continue;
                    }
                }
            }

            if (IsNegative(tokens, i))
            {
                value = -value;
                start = tokens[i - 1].Start;
            }

            // "un sur dix", "one out of ten": an article-number with our scale after it is a number (issue 12, thirteenth round).
            var scaled = denominator is { Value: 10 };
            candidates.Add(new(value, start, end - start, word is not null, (word?.Weak ?? false) && !scaled, (word?.Article ?? false) && !scaled, otherScale, IsNegated(tokens, i)));
            i = next;
        }

        return candidates;
    }

    private static (double Value, NumberWord? Word)? ReadNumber(IReadOnlyList<ScoreToken> tokens, ref int last, string? locale)
    {
        var token = tokens[last];
        switch (token.Kind)
        {
            case ScoreTokenKind.Number:
                // "1 million out of 10": the multiplier belongs to the number.
                if (last + 1 < tokens.Count && tokens[last + 1].Kind == ScoreTokenKind.Word && ScoreContext.Multiplier(tokens[last + 1].Folded) is { } factor)
                {
                    last++;
                    return (token.Value!.Value * factor, null);
                }

                return (token.Value!.Value, null);
            case ScoreTokenKind.Keycap:
                return (Keycaps(tokens, ref last), null);
            case ScoreTokenKind.Word:
                var word = NumberWords.Find(token.Text.ToLowerInvariant(), token.Folded) ?? NumberWords.FindInLanguage(token.Folded, locale) ?? PhoneSix(tokens, last, locale);
                if (word is null || (word.Value == 11 && word.Article && IsEnglish(locale)))
                {
                    return null;
                }

                return (word.Value, word);
            default:
                return null;
        }
    }

    // "meia, tipo no telefone": Brazilians say "meia" (half a dozen) for six when reading digits out; only a reply that opens with
    // it and pauses is read so ("meia hora", "meia boca" stay halves, issue 12, fourteenth round).
    private static NumberWord? PhoneSix(IReadOnlyList<ScoreToken> tokens, int at, string? locale) =>
        at == 0 && tokens[0].Folded == "meia" && locale is not null && locale.StartsWith("pt", StringComparison.OrdinalIgnoreCase)
        && (tokens.Count == 1 || tokens[1].Text is "," or "." or "!" or "…")
            ? new(6)
            : null;

    // "1️⃣0️⃣" is ten; "🔟🔟" and "9️⃣9️⃣" repeat one score for emphasis (a keycap 🔟 is never a digit of a bigger number).
    private static double Keycaps(IReadOnlyList<ScoreToken> tokens, ref int last)
    {
        var first = tokens[last];
        var value = first.Value!.Value;
        var same = true;
        while (last + 1 < tokens.Count && tokens[last + 1] is { Kind: ScoreTokenKind.Keycap, GluedToPrevious: true } more)
        {
            value = (value * 10) + more.Value!.Value;
            same &= more.Value == first.Value;
            last++;
        }

        return same && value > 11 ? first.Value.Value : value;
    }

    // "a million out of ten", "mil sobre diez": a multiplier word alone is a number only when a scale follows.
    private static (double Value, NumberWord? Word)? MultiplierOutOfTen(IReadOnlyList<ScoreToken> tokens, int at) =>
        tokens[at].Kind == ScoreTokenKind.Word && ScoreContext.Multiplier(tokens[at].Folded) is { } factor && factor >= 1e3 && tokens[at].Folded != "k"
        && Denominator(tokens, at + 1) is { Value: 10 }
            ? (factor, null)
            : null;

    // "7j/7", "24/7": a number right after a slash that no numerator claimed is the second half of something else.
    private static bool IsAfterSlash(IReadOnlyList<ScoreToken> tokens, int at) =>
        at > 0 && tokens[at].GluedToPrevious && tokens[at - 1].IsSymbol('/');

    private static bool IsNotAScore(IReadOnlyList<ScoreToken> tokens, int first, int last, double value, string? locale)
    {
        var token = tokens[first];
        var previous = first > 0 ? tokens[first - 1] : null;
        var next = last + 1 < tokens.Count ? tokens[last + 1] : null;
        if (token.Kind == ScoreTokenKind.Number && (value >= 1000 || token.Text.TakeWhile(char.IsAsciiDigit).Count() >= 4))
        {
            return true; // years, order and phone numbers
        }

        if (token.IsDecimal && value > 10)
        {
            return true; // 49.99 is a price
        }

        if (token.Kind == ScoreTokenKind.Number && next is { Kind: ScoreTokenKind.Word, GluedToPrevious: true } && !IsApproximationSuffix(next, locale))
        {
            return true; // 3rd, 5pm, 3h, 2x
        }

        if (previous is not null && (previous.IsSymbol('#') || previous.IsSymbol('°') || ScoreContext.IsCurrency(previous)
            || (previous.Kind == ScoreTokenKind.Word && (ScoreContext.IsReference(previous.Folded) || ScoreContext.IsPlace(previous.Folded)))
            || IsReferenceWithPunctuation(tokens, first)))
        {
            return true;
        }

        if (next is not null && (ScoreContext.IsCurrency(next) || IsTime(tokens, last)))
        {
            return true;
        }

        return IsFollowedByUnit(tokens, last + 1);
    }

    // "7ish", German "a 7er", Dutch "een 8je": a suffix that keeps the number a score.
    private static bool IsApproximationSuffix(ScoreToken suffix, string? locale) =>
        suffix.Folded is "ish" or "ishh"
        || (suffix.Folded is "er" or "ner" && locale is not null && locale.StartsWith("de", StringComparison.OrdinalIgnoreCase))
        || (suffix.Folded is "je" or "tje" && locale is not null && locale.StartsWith("nl", StringComparison.OrdinalIgnoreCase));

    // "order: 4521", "Nr. 7", "ref-8"; but "Great room. 9": a full stop after a whole word ends a sentence, it abbreviates only
    // "no.", "nr.", "num.", "ref." (issue 12, eighth round).
    private static bool IsReferenceWithPunctuation(IReadOnlyList<ScoreToken> tokens, int first) =>
        first >= 2
        && tokens[first - 1].Kind == ScoreTokenKind.Symbol
        && tokens[first - 1].Text is ":" or "." or "-"
        && tokens[first - 2].Kind == ScoreTokenKind.Word
        && (tokens[first - 2].Folded is "no" or "n" or "num" or "nr" or "nro" or "ref" or "art" or "abs"
            || (tokens[first - 1].Text != "." && ScoreContext.IsReference(tokens[first - 2].Folded)));

    private static bool IsTime(IReadOnlyList<ScoreToken> tokens, int last) =>
        last + 2 < tokens.Count
        && tokens[last + 1].IsSymbol(':')
        && tokens[last + 1].GluedToPrevious
        && tokens[last + 2] is { Kind: ScoreTokenKind.Number, GluedToPrevious: true };

    // "14:30" skips its minutes; "order 55512: 7" does not: a space after the colon starts the score (issue 12, thirteenth round).
    private static int SkipTime(IReadOnlyList<ScoreToken> tokens, int next) =>
        next + 1 < tokens.Count && tokens[next].IsSymbol(':') && tokens[next + 1] is { Kind: ScoreTokenKind.Number, GluedToPrevious: true } ? next + 2 : next;

    private static bool IsFollowedByUnit(IReadOnlyList<ScoreToken> tokens, int next)
    {
        if (next < tokens.Count && tokens[next].Kind == ScoreTokenKind.Word && ScoreContext.IsFiller(tokens[next].Folded))
        {
            next++;
        }

        return next < tokens.Count && tokens[next].Kind == ScoreTokenKind.Word && ScoreContext.IsUnit(tokens[next].Folded);
    }

    private static bool IsScaleEcho(IReadOnlyList<ScoreToken> tokens, int next, double value) =>
        value is 0 or 1
        && next + 1 < tokens.Count
        && tokens[next].Folded is "to" or "-" or "–" or "a" or "à" or "bis" or "tot" or "ate" or "al" or "and" or "y" or "et" or "und" or "e" or "en"
        && IsTen(tokens[next + 1]);

    private static (int Last, double Value)? Denominator(IReadOnlyList<ScoreToken> tokens, int next)
    {
        if (next + 1 < tokens.Count && tokens[next].IsSymbol('/') && tokens[next + 1].Kind == ScoreTokenKind.Number)
        {
            return (next + 1, tokens[next + 1].Value!.Value);
        }

        var at = next;
        if (at < tokens.Count && tokens[at].Folded == "out")
        {
            at++;
        }

        if (at + 1 < tokens.Count && tokens[at].Kind == ScoreTokenKind.Word && ScoreContext.IsOutOf(tokens[at].Folded))
        {
            // "negen van de tien", "8 out of the 10"; "3 von 5", "2 sur cinq" name another scale
            var ten = at + 1 < tokens.Count - 1 && tokens[at + 1].Folded is "de" or "the" or "cada" or "each" or "every" ? at + 2 : at + 1;
            if (IsTen(tokens[ten]))
            {
                return (ten, 10);
            }

            if (SmallScale(tokens[ten]) is { } scale)
            {
                return (ten, scale);
            }
        }

        return null;
    }

    // Five-point scales only: "7 of 8" is a range in Dutch ("of" is "or"), and other counts are read as before.
    private static double? SmallScale(ScoreToken token) => token switch
    {
        { Kind: ScoreTokenKind.Number, Value: 5 } => 5,
        { Kind: ScoreTokenKind.Word } when NumberWords.Find(token.Folded, token.Folded) is { Weak: false, Value: 5 } => 5,
        _ => null,
    };

    private static bool IsTen(ScoreToken token) =>
        token.Value is 10 || (token.Kind == ScoreTokenKind.Word && NumberWords.IsTen(token.Folded));

    private static bool IsNegative(IReadOnlyList<ScoreToken> tokens, int first) =>
        first > 0
        && ((tokens[first].GluedToPrevious && tokens[first - 1].IsSymbol('-') && (first == 1 || tokens[first - 2].Value is null))
            || (tokens[first - 1].Kind == ScoreTokenKind.Word && ScoreDiscourseWords.MinusWords.Contains(tokens[first - 1].Folded))
            || IsSpokenMinus(tokens, first - 1));

    // "un menos 3", "moins 4 si je pouvais", "een min 2": "less" read as "minus" when it opens the reply or follows an
    // article; "más o menos 8" and "menos de 5" stay what they are.
    private static bool IsSpokenMinus(IReadOnlyList<ScoreToken> tokens, int at) =>
        tokens[at].Kind == ScoreTokenKind.Word
        && ScoreDiscourseWords.SpokenMinusWords.Contains(tokens[at].Folded)
        && (at == 0 || (tokens[at - 1].Kind == ScoreTokenKind.Word && ScoreContext.IsArticle(tokens[at - 1].Folded)));

    // "8 out of 10 times", "8 von 10 Mal", "8 de cada 10 veces", "8 van de 10 keer": a frequency, not a rating.
    private static bool IsFrequency(IReadOnlyList<ScoreToken> tokens, int next) =>
        next < tokens.Count && tokens[next].Kind == ScoreTokenKind.Word && ScoreDiscourseWords.FrequencyUnits.Contains(tokens[next].Folded);

    // "not a 10, more like 7": the number right after a negation (and an article) is not the answer.
    private static bool IsNegated(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Kind == ScoreTokenKind.Word && ScoreContext.IsArticle(tokens[before].Folded))
        {
            before--;
        }

        if (before >= 1 && EvenWords.Contains(tokens[before].Folded))
        {
            before--; // "niet eens een 1", "not even a 1", "nicht mal eine 1", "ni siquiera un 1" (issue 12, fourteenth round)
        }

        if (before >= 1 && tokens[before].Folded is "de" or "d'" && tokens[before - 1].Folded is "pas")
        {
            before--; // "pas de 10 pour vous": French negation takes "de" before its noun (issue 12, eighth round)
        }

        return before >= 0 && tokens[before].Kind == ScoreTokenKind.Word && ScoreContext.IsNegation(tokens[before].Folded)
            && !IsCorrectingNo(tokens, before);
    }

    // "4 wait no 3", "6, no, 5": a bare "no" after another number and a pause takes that number back, it does not negate
    // this one; "7 (no 10 because ...)" still negates.
    private static bool IsCorrectingNo(IReadOnlyList<ScoreToken> tokens, int no)
    {
        if (tokens[no].Folded is not ("no" or "non" or "nein" or "nee" or "nao" or "nope" or "nah"))
        {
            return false;
        }

        var paused = no + 1 < tokens.Count && tokens[no + 1].Text is "," or "." or "…" or "!";
        for (var i = no - 1; i >= 0 && i >= no - 4; i--)
        {
            switch (tokens[i].Kind)
            {
                case ScoreTokenKind.Number or ScoreTokenKind.Keycap:
                    return paused;
                case ScoreTokenKind.Symbol when tokens[i].Text is "," or "." or "…" or "!" or "-":
                    paused = true;
                    continue;
                case ScoreTokenKind.Word when ScoreDiscourseWords.Corrections.Contains(tokens[i].Folded):
                    paused = true;
                    continue;
                case ScoreTokenKind.Word:
                    return paused && NumberWords.Find(tokens[i].Folded, tokens[i].Folded) is { Weak: false };
                default:
                    return false;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> EvenWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["even", "eens", "mal", "einmal", "siquiera", "meme", "sequer", "mesmo"], StringComparer.Ordinal);

    private static bool IsEnglish(string? locale) => locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
