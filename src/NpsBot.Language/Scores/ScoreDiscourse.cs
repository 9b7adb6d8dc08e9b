namespace NpsBot.Language.Scores;

/// <summary>
/// Reads the sentence around each candidate and drops the numbers that are not the customer's score now: other people's
/// scores, earlier surveys, thoughts not given ("I was gonna say 5"), refusals ("won't be giving you a 10"), questions about
/// the scale, SMS spellings ("gr8"), deals ("2 for 1"), clock times, family sizes, zero idioms ("zero problems") and false
/// friends; marks ratings on another scale ("4 stars") and open ranges ("8 or more", "9+"); and keeps only the last
/// number of a self-correction ("7, wait, make that 8").
/// </summary>
public static class ScoreDiscourse
{
    private const int RoleReach = 6;
    private static readonly HashSet<string> SentenceEnds = [".", "!", "?", "…"];
    private static readonly HashSet<string> ClauseSymbols = [".", "!", "?", "…", ",", ";", ":", "(", ")"];
    private static readonly HashSet<string> EnglishQuestionStarts = ["what", "whats", "does", "is", "which", "how"];
    private static readonly HashSet<string> FamilyWords = ["family", "familia", "famille", "familie", "gezin"];
    private static readonly HashSet<string> StarSymbols = ["⭐", "★", "🌟", "☆"];
    private static readonly System.Collections.Frozen.FrozenSet<string> SecondThought = System.Collections.Frozen.FrozenSet.ToFrozenSet(["second_thought", "second_thoughts"], StringComparer.Ordinal);

    public static List<ScoreCandidate> Apply(List<ScoreCandidate> candidates, IReadOnlyList<ScoreToken> tokens, string? locale)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(tokens);
        var language = locale is { Length: >= 2 } ? locale[..2].ToLowerInvariant() : "";
        var kept = new List<(ScoreCandidate Candidate, int First, int Last, bool ForSomeoneElse)>();
        var dropped = new List<int>();
        foreach (var candidate in candidates)
        {
            var first = FirstToken(tokens, candidate.Start);
            var last = LastToken(tokens, candidate.Start + candidate.Length, first);
            if (first < 0 || IsNotTheScore(tokens, first, last, candidate, language, candidates.Count))
            {
                dropped.Add(candidate.Start);
                continue;
            }

            if (ScoreAsides.IsEchoOfDropped(tokens, first, last, candidate, dropped, candidates))
            {
                continue; // "it's been 6 weeks. SIX.": the word repeats the weeks for emphasis
            }

            var otherScale = candidate.OtherScale || IsOtherScale(tokens, first, last, language) || ScoreIdioms.IsSchoolGrade(tokens, first, last, language);
            var forSomeoneElse = ScoreBeneficiaries.IsForSomeoneElse(tokens, last);
            kept.Add((candidate with
            {
                OtherScale = otherScale,
                OpenRange = candidate.OpenRange || IsOpenRange(tokens, first, last),
                Unclear = candidate.Unclear || forSomeoneElse || IsDescribedZero(tokens, first, last, candidate) || IsConditional(tokens, last),
            }, first, last, forSomeoneElse));
        }

        // "10 for the driver, 3 for you": a number given to someone else gives way to the customer's own.
        if (kept.Any(k => k.ForSomeoneElse) && kept.Any(k => !k.ForSomeoneElse && !k.Candidate.Weak && !ScoreBeneficiaries.IsForSomethingElse(tokens, k.Last)))
        {
            kept.RemoveAll(k => k.ForSomeoneElse);
        }

        return [.. DropCorrected([.. kept.Select(k => (k.Candidate, k.First, k.Last))], tokens).Select(k => k.Candidate)];
    }

    private static bool IsNotTheScore(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate, string language, int count)
    {
        var token = tokens[first];
        var previous = first > 0 ? tokens[first - 1] : null;
        var next = last + 1 < tokens.Count ? tokens[last + 1] : null;
        if (candidate.Negated || (previous is { Kind: ScoreTokenKind.Word } && ScoreDiscourseWords.CountOf.Contains(previous.Folded))
            || (candidate.Value == 10 && previous is { Folded: "of" } && first >= 2 && tokens[first - 2].Folded == "out"))
        {
            return true; // "not a 10"; "one of three"; "a gazillion out of ten": a scale with no number of ours
        }

        if (candidate.FromWord && ScoreDiscourseWords.FalseFriends.TryGetValue(language, out var falseFriends) && falseFriends.Contains(token.Folded))
        {
            return true;
        }

        if (token.Kind == ScoreTokenKind.Number && token.Text.Length >= 2 && token.Text[0] == '0' && char.IsAsciiDigit(token.Text[1]))
        {
            return true; // "06 12345678": a phone number's prefix
        }

        if (token.GluedToPrevious && previous is { Kind: ScoreTokenKind.Word })
        {
            return true; // gr8, l8r
        }

        if (candidate.Value == 0 && last == first && next is { Kind: ScoreTokenKind.Word } && !ScoreDiscourseWords.ZeroContinuations.Contains(next.Folded)
            && !IsZeroIdiom(tokens, last))
        {
            return true; // "zero problems", "null Bock", "nul komma nul"
        }

        if (language == "de" && token.Folded == "acht" && IsAchtGeben(tokens, first))
        {
            return true;
        }

        if (ScoreIdioms.IsNumberWordIdiom(tokens, first, last, candidate) || ScoreIdioms.IsClockTime(tokens, first, last, language))
        {
            return true; // "eins muss man euch lassen", "één grote chaos", "por nada", "called at 9"
        }

        if (candidate.FromWord && (ScoreNumberIdioms.IsInIdiom(tokens, first) || ScoreNumberIdioms.IsNewNotNine(tokens, first, language)))
        {
            return true; // "à deux doigts de", "cuatro gatos", "eins a", "tout neuf et déjà en panne"
        }

        if (ScoreAsides.IsMinutes(tokens, first) || ScoreAsides.IsPartOfACount(tokens, last))
        {
            return true; // "um 8 Uhr 15": the minutes of a clock time; "2 of my 6 emails": a part of a count
        }

        if (IsGroupSize(tokens, first) || IsDate(tokens, first, last)
            || (candidate.Value > 10 && previous is { Kind: ScoreTokenKind.Word } && ScoreDiscourseWords.AgeWords.Contains(previous.Folded)))
        {
            return true; // "on était 5 à commander", "llegó el 5 de mayo", "I'm 67"
        }

        if (ScoreAsides.IsSmsSpelling(tokens, first, last, candidate, language))
        {
            return true; // "thx 4 asking", "2 u", "2 many emails", "je vous recommande 2 ouf", "c 1 bon service"
        }

        if (IsAfterInsteadOf(tokens, first) || IsDayAfterDateVerb(tokens, first))
        {
            return true; // "instead of the 3", "statt 10", "llegó el 5"
        }

        var approximate = IsApproximate(tokens, first, last);
        if (token.Kind == ScoreTokenKind.Number && previous is { Kind: ScoreTokenKind.Word } && !approximate
            && ScoreDiscourseWords.TimeWords.TryGetValue(language, out var timeWords)
            && (timeWords.Contains(previous.Folded) || (first >= 2 && timeWords.Contains(tokens[first - 2].Folded + "_" + previous.Folded))))
        {
            return true; // "a las 9", "um 8", "le 3", "au lieu du 9", "el dia 5", "am 3."
        }

        if (Window(tokens, first - 3, first - 1).Any(t => FamilyWords.Contains(t.Folded)))
        {
            return true; // "a family of 5"
        }

        if (count > 1 && previous is { Kind: ScoreTokenKind.Word } && ScoreDiscourseWords.WasWords.Contains(previous.Folded))
        {
            return true; // "3 ... was 2 until ..."
        }

        if (IsDeal(tokens, first, last))
        {
            return true;
        }

        if (token.Kind == ScoreTokenKind.Number && previous is { Kind: ScoreTokenKind.Word } && next is { Kind: ScoreTokenKind.Word } && !approximate
            && ScoreDiscourseWords.Determiners.TryGetValue(language, out var determiners) && determiners.Contains(previous.Folded)
            && !ScoreDiscourseWords.ScoreFollowers.Contains(next.Folded))
        {
            return true; // "the 2 ladies at the till", "de mis 3 tiendas"
        }

        if (IsNeverClause(tokens, first, last, candidate.Value))
        {
            return true; // "never gonna be a 10", "un 10 nunca"
        }

        var (start, end) = Clause(tokens, first);
        return IsOtherPersons(tokens, start, first)
            || HasPair(tokens, start, end, ScoreDiscourseWords.PastPairs)
            || (HasPair(tokens, start, first - 1, ScoreDiscourseWords.Hypothetical) && !HasPair(tokens, start, first - 1, SecondThought)
                && !CorrectsAnEarlierNumber(tokens, first))
            || IsWouldBeAfterAScore(tokens, first)
            || (Window(tokens, start, end).Any(t => ScoreDiscourseWords.Negations.Contains(t.Folded))
                && Window(tokens, start, end).Any(t => ScoreDiscourseWords.GiveVerbs.Contains(t.Folded)))
            || IsQuestion(tokens, first, last, language);
    }

    private static bool IsAfterInsteadOf(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var at = first - 1;
        while (at >= 0 && at >= first - 3 && ScoreDiscourseWords.Linkers.Contains(tokens[at].Folded))
        {
            if (at >= 1 && ScoreDiscourseWords.InsteadOf.Contains(tokens[at - 1].Folded + "_" + tokens[at].Folded))
            {
                return true; // "instead_of", "au_lieu" is caught below, "plaats_van"
            }

            at--;
        }

        return at >= 0 && (ScoreDiscourseWords.InsteadOf.Contains(tokens[at].Folded)
            || (at >= 1 && ScoreDiscourseWords.InsteadOf.Contains(tokens[at - 1].Folded + "_" + tokens[at].Folded)));
    }

    private static bool IsDayAfterDateVerb(IReadOnlyList<ScoreToken> tokens, int first) =>
        tokens[first].Kind == ScoreTokenKind.Number
        && first >= 2
        && tokens[first - 1].Folded is "el" or "le" or "the" or "on" or "am" or "op" or "em" or "no" or "dia"
        && (ScoreDiscourseWords.DateVerbs.Contains(tokens[first - 2].Folded)
            || (first >= 3 && tokens[first - 2].Folded is "on" or "op" && ScoreDiscourseWords.DateVerbs.Contains(tokens[first - 3].Folded)));

    // "zero à esquerda", "un cero a la izquierda": the idiom for worthless, a zero all the same.
    private static bool IsZeroIdiom(IReadOnlyList<ScoreToken> tokens, int last) =>
        last + 2 < tokens.Count && ScoreDiscourseWords.ZeroIdiomTails.Contains(tokens[last + 1].Folded + "_" + tokens[last + 2].Folded);

    // "o gerente é um zero à esquerda": the idiom said of someone or something is not plainly the customer's score.
    private static bool IsDescribedZero(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate)
    {
        if (candidate.Value != 0 || !IsZeroIdiom(tokens, last))
        {
            return false;
        }

        var before = first - 1;
        if (before >= 0 && ScoreContext.IsArticle(tokens[before].Folded))
        {
            before--;
        }

        return before >= 1 && tokens[before].Kind == ScoreTokenKind.Word && ScoreDiscourseWords.DescribingVerbs.Contains(tokens[before].Folded);
    }

    // "9 - would be 10 but the queue": after a number given, what it "would be" is not given.
    private static bool IsWouldBeAfterAScore(IReadOnlyList<ScoreToken> tokens, int first)
    {
        for (var i = first - 1; i >= 1 && i >= first - 4; i--)
        {
            var pair = tokens[i - 1].Folded + "_" + tokens[i].Folded;
            var at = ScoreDiscourseWords.WouldBe.Contains(pair) ? i - 1 : ScoreDiscourseWords.WouldBe.Contains(tokens[i].Folded) ? i : -1;
            if (at >= 0)
            {
                return Window(tokens, 0, at - 1).Any(t => t.Kind is ScoreTokenKind.Number or ScoreTokenKind.Keycap);
            }
        }

        return false;
    }

    // "3 perdon, queria poner 4": a "meant to" after an earlier number and a slip owned up to corrects it, it is no thought left unsaid.
    private static bool CorrectsAnEarlierNumber(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var corrected = false;
        for (var i = first - 1; i >= 0; i--)
        {
            if (tokens[i].Kind is ScoreTokenKind.Number or ScoreTokenKind.Keycap)
            {
                return corrected;
            }

            corrected |= ScoreDiscourseWords.Corrections.Contains(tokens[i].Folded) && !ScoreDiscourseWords.Hypothetical.Contains(tokens[i].Folded);
        }

        return false;
    }

    // "so um die 6 rum", "around 7", "unos 8": an approximate number is still the customer's (the read-back confirms it).
    private static bool IsApproximate(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var before = first - 1;
        if (before >= 0 && ScoreContext.IsArticle(tokens[before].Folded))
        {
            before--;
        }

        return (before >= 0 && (ScoreDiscourseWords.Approximations.Contains(tokens[before].Folded)
                || (before >= 1 && ScoreDiscourseWords.Approximations.Contains(tokens[before - 1].Folded + "_" + tokens[before].Folded))))
            || (last + 1 < tokens.Count && (ScoreDiscourseWords.ApproximationTails.Contains(tokens[last + 1].Folded)
                || (last + 2 < tokens.Count && ScoreDiscourseWords.ApproximationTails.Contains(tokens[last + 1].Folded + "_" + tokens[last + 2].Folded))));
    }

    // "10 if you fix the app": a score on a condition the company has not met is not given yet.
    private static bool IsConditional(IReadOnlyList<ScoreToken> tokens, int last) =>
        (last + 2 < tokens.Count && ScoreDiscourseWords.ConditionPairs.Contains(tokens[last + 1].Folded + "_" + tokens[last + 2].Folded))
        || ScoreConditions.IsOnACondition(tokens, last);

    private static bool IsNeverClause(IReadOnlyList<ScoreToken> tokens, int first, int last, double value)
    {
        var (start, end) = Clause(tokens, first);
        var clause = Window(tokens, start, end).ToList();
        if (!clause.Any(t => ScoreDiscourseWords.Never.Contains(t.Folded)))
        {
            return false;
        }

        if (ScoreAsides.IsVowNeverToReturn(tokens, first, last, end, value))
        {
            return false;
        }

        return Window(tokens, Math.Max(start, first - 2), Math.Min(end, last + 2)).Any(t => ScoreDiscourseWords.Never.Contains(t.Folded))
            || clause.Any(t => ScoreDiscourseWords.BeVerbs.Contains(t.Folded));
    }

    private static bool IsAchtGeben(IReadOnlyList<ScoreToken> tokens, int at) =>
        Window(tokens, at - 2, at - 1).Any(t => t.Folded is "gebt" or "gib" or "gibt" or "gab" or "habt" or "hab" or "haltet")
        || (at > 0 && tokens[at - 1].Folded is "ausser")
        || (at + 1 < tokens.Count && tokens[at + 1].Folded is "auf" or "nehmen" or "genommen" or "gelassen" or "lassen" or "lasst" or "liess")
        || (at + 2 < tokens.Count && tokens[at + 1].Folded is "geben" or "gegeben" && tokens[at + 2].Kind == ScoreTokenKind.Word);

    private static bool IsGroupSize(IReadOnlyList<ScoreToken> tokens, int first) =>
        first > 0
        && (ScoreDiscourseWords.GroupSizes.Contains(tokens[first - 1].Folded)
            || (first > 1 && ScoreDiscourseWords.GroupSizes.Contains(tokens[first - 2].Folded + "_" + tokens[first - 1].Folded)));

    // A month right before the number, or right after it (past "de"/"of"/"th"): a date.
    private static bool IsDate(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var after = last + 1;
        if (after < tokens.Count && tokens[after].Folded is "de" or "of" or "th" or "st" or "nd" or "rd" or "er" or ".")
        {
            after++;
        }

        return (first > 0 && ScoreDiscourseWords.Months.Contains(tokens[first - 1].Folded))
            || (after < tokens.Count && ScoreDiscourseWords.Months.Contains(tokens[after].Folded));
    }

    private static bool IsDeal(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        static bool Link(ScoreToken t) => t.IsSymbol('+') || ScoreDiscourseWords.DealWords.Contains(t.Folded);
        static bool Small(ScoreToken t) => t.Kind == ScoreTokenKind.Number && t.Value <= 3;
        return (Small(tokens[first]) && last + 2 < tokens.Count && Link(tokens[last + 1]) && Small(tokens[last + 2]))
            || (Small(tokens[first]) && first >= 2 && Link(tokens[first - 1]) && Small(tokens[first - 2]));
    }

    private static bool IsOtherPersons(IReadOnlyList<ScoreToken> tokens, int start, int first)
    {
        // "mein Berater würde 10 sagen": the verb may come after the number too.
        var scoreVerb = Window(tokens, first + 1, first + 2).Any(t => ScoreBeneficiaries.IsScoringVerb(t.Folded));
        for (var i = first - 1; i >= start; i--)
        {
            if (ScoreDiscourseWords.FirstPerson.Contains(tokens[i].Folded))
            {
                return false;
            }

            if (ScoreDiscourseWords.OtherPeople.Contains(tokens[i].Folded))
            {
                return true;
            }

            // "mein Chef würde euch ne 10 geben", "la caissière mérite 10": someone at work and a verb of scoring after them.
            scoreVerb |= ScoreBeneficiaries.IsScoringVerb(tokens[i].Folded);
            if (scoreVerb && i >= first - RoleReach && ScoreBeneficiaries.IsRole(tokens[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuestion(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        var sentenceStart = first;
        while (sentenceStart > 0 && !SentenceEnds.Contains(tokens[sentenceStart - 1].Text))
        {
            sentenceStart--;
        }

        var sentenceEnd = last + 1;
        while (sentenceEnd < tokens.Count && !SentenceEnds.Contains(tokens[sentenceEnd].Text))
        {
            sentenceEnd++;
        }

        if (HasPair(tokens, sentenceStart, sentenceEnd - 1, ScoreDiscourseWords.MeaningWords) && !IsIMean(tokens, sentenceStart, sentenceEnd - 1))
        {
            return true; // "q significa 10", "what's a 5 mean"
        }

        var words = Window(tokens, sentenceStart, sentenceEnd - 1).Count(t => t.Kind == ScoreTokenKind.Word);
        if (sentenceEnd < tokens.Count && tokens[sentenceEnd].Text == "?" && words >= 2
            && Window(tokens, sentenceStart, sentenceEnd - 1).Any(t => ScoreDiscourseWords.QuestionWords.Contains(t.Folded)))
        {
            return true;
        }

        return language == "en" && words >= 3 && tokens[sentenceStart].Kind == ScoreTokenKind.Word && EnglishQuestionStarts.Contains(tokens[sentenceStart].Folded);
    }

    // "9, I mean 8", "9 quer dizer, 8": a meaning word between two numbers corrects the first, it asks nothing.
    private static bool IsIMean(IReadOnlyList<ScoreToken> tokens, int start, int end)
    {
        for (var i = Math.Max(start, 1); i <= end; i++)
        {
            if (!ScoreDiscourseWords.MeaningWords.Contains(tokens[i].Folded) && !ScoreDiscourseWords.MeaningWords.Contains(tokens[i - 1].Folded + "_" + tokens[i].Folded))
            {
                continue;
            }

            var numberBefore = Window(tokens, i - 4, i - 1).Any(t => t.Kind is ScoreTokenKind.Number or ScoreTokenKind.Keycap);
            var numberAfter = Window(tokens, i + 1, i + 3).Any(t => t.Kind is ScoreTokenKind.Number or ScoreTokenKind.Keycap);
            return numberBefore && numberAfter;
        }

        return false;
    }

    private static bool IsOtherScale(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        var (start, end) = Clause(tokens, first);
        var after = Window(tokens, last + 1, Math.Min(end, last + 2));
        var before = Window(tokens, Math.Max(start, first - 3), first - 1);
        return after.Any(t => ScoreDiscourseWords.OtherScales.Contains(t.Folded) || StarSymbols.Contains(t.Text))
            || before.Any(t => ScoreDiscourseWords.OtherScales.Contains(t.Folded) || StarSymbols.Contains(t.Text))
            || (language == "de" && first > 0 && tokens[first - 1].Folded == "note");
    }

    private static bool IsOpenRange(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        if (IsOpenRangePrefix(tokens, first))
        {
            return true; // "at least 8", "plus de 8", "mindestens 9"
        }

        if (last + 1 < tokens.Count && tokens[last + 1].IsSymbol('+') && tokens[last + 1].GluedToPrevious
            && (last + 2 >= tokens.Count || tokens[last + 2].Kind != ScoreTokenKind.Number))
        {
            return true; // "9+"
        }

        if (last + 1 >= tokens.Count)
        {
            return false;
        }

        if (ScoreDiscourseWords.OpenRangeSuffixes.Contains(tokens[last + 1].Folded)
            || (last + 2 < tokens.Count && ScoreDiscourseWords.OpenRangeSuffixPairs.Contains(tokens[last + 1].Folded + "_" + tokens[last + 2].Folded)))
        {
            return true; // "8 minimum"
        }

        var second = last + 2 < tokens.Count && tokens[last + 2].Kind == ScoreTokenKind.Word ? tokens[last + 2].Folded : "";
        return ScoreDiscourseWords.OpenRangePairs.Contains(tokens[last + 1].Folded + "_" + second)
            || (second.Length == 0 && ScoreDiscourseWords.OpenRangePairs.Contains(tokens[last + 1].Folded + "_"));
    }

    private static bool IsOpenRangePrefix(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Kind == ScoreTokenKind.Word && ScoreContext.IsArticle(tokens[before].Folded))
        {
            before--; // "at least a 8"
        }

        // "boven de 8", "acima de 8", "au-dessus de 8", "por encima del 8": the range word before a "de"/"of"
        return IsOpenRangeWordAt(tokens, before)
            || (before >= 1 && tokens[before].Kind == ScoreTokenKind.Word && ScoreDiscourseWords.RangeLinkers.Contains(tokens[before].Folded)
                && IsOpenRangeWordAt(tokens, before - 1));
    }

    private static bool IsOpenRangeWordAt(IReadOnlyList<ScoreToken> tokens, int at) =>
        at >= 0
        && (ScoreDiscourseWords.OpenRangePrefixes.Contains(tokens[at].Folded)
            || (at > 0 && ScoreDiscourseWords.OpenRangePrefixes.Contains(tokens[at - 1].Folded + "_" + tokens[at].Folded)));

    // "7, wait, make that 8": of two different numbers with a correction word between them, the later one stands.
    private static List<(ScoreCandidate Candidate, int First, int Last)> DropCorrected(List<(ScoreCandidate Candidate, int First, int Last)> kept, IReadOnlyList<ScoreToken> tokens)
    {
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            if (IsConvertedToOurs(kept[i].Candidate, kept[i + 1].Candidate)
                && Window(tokens, kept[i].Last + 1, kept[i + 1].First - 1).Any(t => ScoreDiscourseWords.Conversions.Contains(t.Folded)))
            {
                kept.RemoveAt(i); // "4 stars, so like an 8", "16/20 donc 8", "Schulnote 2, also 7"
                continue;
            }

            if (kept[i].Candidate.Value != kept[i + 1].Candidate.Value
                && (Window(tokens, kept[i].Last + 1, kept[i + 1].First - 1).Any(t => ScoreDiscourseWords.Corrections.Contains(t.Folded))
                    || HasPair(tokens, kept[i].Last + 1, kept[i + 1].First - 1, ScoreDiscourseWords.CorrectionPairs)))
            {
                kept.RemoveAt(i);
            }
        }

        return kept;
    }

    private static bool IsConvertedToOurs(ScoreCandidate earlier, ScoreCandidate later) =>
        (earlier.OtherScale || !earlier.InRange) && later is { OtherScale: false, InRange: true, Negated: false };

    private static bool HasPair(IReadOnlyList<ScoreToken> tokens, int start, int end, System.Collections.Frozen.FrozenSet<string> pairs)
    {
        for (var i = Math.Max(0, start); i <= end && i < tokens.Count; i++)
        {
            var second = i + 1 < tokens.Count && i + 1 <= end ? tokens[i + 1].Folded : "";
            if (pairs.Contains(tokens[i].Folded + "_" + second) || pairs.Contains(tokens[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Clause(IReadOnlyList<ScoreToken> tokens, int at)
    {
        var start = at;
        while (start > 0 && !IsClauseBreak(tokens[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end + 1 < tokens.Count && !IsClauseBreak(tokens[end + 1]))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsClauseBreak(ScoreToken token) =>
        (token.Kind == ScoreTokenKind.Symbol && ClauseSymbols.Contains(token.Text))
        || (token.Kind == ScoreTokenKind.Word && ScoreDiscourseWords.ClauseBreaks.Contains(token.Folded));

    private static IEnumerable<ScoreToken> Window(IReadOnlyList<ScoreToken> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count; i++)
        {
            yield return tokens[i];
        }
    }

    private static int FirstToken(IReadOnlyList<ScoreToken> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].Kind != ScoreTokenKind.Symbol)
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastToken(IReadOnlyList<ScoreToken> tokens, int end, int first)
    {
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
        {
            last++;
        }

        return last;
    }
}
