using static NpsBot.Language.Scores.ScoreMarks;
using static NpsBot.Language.Scores.ScoreNotGiven;
using static NpsBot.Language.Scores.ScoreNumberUses;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// Reads the sentence around each candidate and drops the numbers that are not the customer's score now: other people's
/// scores, earlier surveys, thoughts not given ("I was gonna say 5"), refusals ("won't be giving you a 10"), questions about
/// the scale, SMS spellings ("gr8"), deals ("2 for 1"), clock times, family sizes, zero idioms ("zero problems") and false
/// friends; marks ratings on another scale ("4 stars") and open ranges ("8 or more", "9+"); and keeps only the last
/// number of a self-correction ("7, wait, make that 8"). The readings live beside it by concern: <see cref="ScoreNotGiven"/>
/// (not given now), <see cref="ScoreNumberUses"/> (a number naming something else), <see cref="ScoreMarks"/> (how a kept number
/// is said) and <see cref="ScoreSpans"/> (clauses, sentences, windows).
/// </summary>
public static class ScoreDiscourse
{
    private const int RoleReach = 6;
    private static readonly HashSet<string> FamilyWords = ["family", "familia", "famille", "familie", "gezin"];
    private static readonly System.Collections.Frozen.FrozenSet<string> SecondThought = System.Collections.Frozen.FrozenSet.ToFrozenSet(["second_thought", "second_thoughts"], StringComparer.Ordinal);

    public static List<ScoreCandidate> Apply(List<ScoreCandidate> candidates, IReadOnlyList<ScoreToken> tokens, string? locale)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(tokens);
        var language = locale is { Length: >= 2 } ? locale[..2].ToLowerInvariant() : "";
        var kept = new List<(ScoreCandidate Candidate, int First, int Last, bool ForSomeoneElse, bool Conditional)>();
        var dropped = new List<int>();
        var parallelCounts = ScoreCounts.ParallelCounts(candidates, tokens);
        foreach (var candidate in candidates)
        {
            var first = FirstToken(tokens, candidate.Start);
            var last = LastToken(tokens, candidate.Start + candidate.Length, first);
            if (first < 0 || parallelCounts.Contains(candidate.Start) || IsNotTheScore(tokens, first, last, candidate, language, candidates.Count))
            {
                dropped.Add(candidate.Start);
                continue;
            }

            if (ScoreAsides.IsEchoOfDropped(tokens, first, last, candidate, dropped, candidates))
            {
                continue; // "it's been 6 weeks. SIX.": the word repeats the weeks for emphasis
            }

            var otherScale = candidate.OtherScale || IsOtherScale(tokens, first, last, language) || ScoreIdioms.IsSchoolGrade(tokens, first, last, language);
            var forSomeoneElse = ScoreBeneficiaries.IsForSomeoneElse(tokens, last) || ScoreOtherPeople.IsAnotherPersonsBracketedScore(tokens, first);
            var conditional = IsConditional(tokens, first, last, language);
            kept.Add((candidate with
            {
                OtherScale = otherScale,
                OpenRange = candidate.OpenRange || IsOpenRange(tokens, first, last),
                Unclear = candidate.Unclear || forSomeoneElse || IsDescribedZero(tokens, first, last, candidate) || conditional,
            }, first, last, forSomeoneElse, conditional));
        }

        // "10 for the driver, 3 for you": a number given to someone else gives way to the customer's own.
        if (kept.Any(k => k.ForSomeoneElse) && AnyOwnScore(kept, tokens))
        {
            kept.RemoveAll(k => k.ForSomeoneElse);
        }

        // "8, but if you fix the app, 10": a score on a condition gives way to the one given now.
        if (kept.Any(k => k.Conditional) && kept.Any(k => !k.Conditional && !k.Candidate.Weak))
        {
            kept.RemoveAll(k => k.Conditional);
        }

        // The three steps below compare kept numbers with each other: one number alone passes them unchanged (its aside
        // bracket opens before it, it cannot agree with itself in stars, nothing after it corrects it), so they are
        // skipped for it (perf17: most replies hold one number, and the steps' sets and lists were most of its allocation).
        if (kept.Count < 2)
        {
            return kept.Count == 0 ? [] : [kept[0].Candidate];
        }

        return CompareKept(kept, tokens);
    }

    // The three steps that compare kept numbers with each other, in a method of their own (perf18): the lists their
    // lambdas read would otherwise be captured at every call of Apply, one number or many.
    private static List<ScoreCandidate> CompareKept(List<(ScoreCandidate Candidate, int First, int Last, bool ForSomeoneElse, bool Conditional)> kept, IReadOnlyList<ScoreToken> tokens)
    {
        // "10, mein Sohn (17) fand's auch top": a number in brackets opened after a word is an aside (an age, an earlier
        // score) once a score stands before the brackets (issue 12, eleventh round); "8 (or 9)" opens them on the number.
        // Loops rather than LINQ (perf18): the same lists in the same order, the same membership tests (ints, then doubles
        // by their own equality, as the hash sets did).
        var asides = new List<int>(kept.Count);
        foreach (var k in kept)
        {
            if (ScoreAsides.AsideBracket(tokens, k.First) is { } open && HasStrongBefore(kept, open))
            {
                asides.Add(k.First);
            }
        }

        kept.RemoveAll(k => asides.Contains(k.First));

        // "neuf ⭐ (... je mets 9)": the same number said in stars and on our scale agrees; the starred one gives way (fourteenth round).
        var ours = new List<double>(kept.Count);
        foreach (var k in kept)
        {
            if (!k.Candidate.OtherScale && !k.Candidate.Weak)
            {
                ours.Add(k.Candidate.Value);
            }
        }

        kept.RemoveAll(k => k.Candidate.OtherScale && ours.Exists(value => value.Equals(k.Candidate.Value)));

        var spans = new List<(ScoreCandidate Candidate, int First, int Last)>(kept.Count);
        foreach (var k in kept)
        {
            spans.Add((k.Candidate, k.First, k.Last));
        }

        var corrected = DropCorrected(spans, tokens);
        var result = new List<ScoreCandidate>(corrected.Count);
        foreach (var k in corrected)
        {
            result.Add(k.Candidate);
        }

        return result;
    }

    // As kept.Any(k => !k.ForSomeoneElse && !k.Candidate.Weak && !ScoreBeneficiaries.IsForSomethingElse(tokens, k.Last)).
    private static bool AnyOwnScore(List<(ScoreCandidate Candidate, int First, int Last, bool ForSomeoneElse, bool Conditional)> kept, IReadOnlyList<ScoreToken> tokens)
    {
        foreach (var k in kept)
        {
            if (!k.ForSomeoneElse && !k.Candidate.Weak && !ScoreBeneficiaries.IsForSomethingElse(tokens, k.Last))
            {
                return true;
            }
        }

        return false;
    }

    // As kept.Any(o => o.Last < open && !o.Candidate.Weak): a score of the customer's standing before the bracket opens.
    private static bool HasStrongBefore(List<(ScoreCandidate Candidate, int First, int Last, bool ForSomeoneElse, bool Conditional)> kept, int open)
    {
        foreach (var o in kept)
        {
            if (o.Last < open && !o.Candidate.Weak)
            {
                return true;
            }
        }

        return false;
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

        if (ScoreClockTimes.IsHourInWords(tokens, first, last, candidate, language) || ScoreClockTimes.IsEndOfASpanOfHours(tokens, first, last)
            || (count > 1 && ScoreClockTimes.IsHourOfTheDay(tokens, last)) || ScoreNumberIdioms.IsAndAHalf(tokens, last))
        {
            return true; // "a las ocho", "von 8 bis 12", "7 da manhã" beside a score; "siete y medio" is no whole score
        }

        if (ScoreNumberIdioms.IsInIdiom(tokens, first) || (candidate.FromWord && ScoreNumberIdioms.IsNewNotNine(tokens, first, language)))
        {
            return true; // "à deux doigts de", "cuatro gatos", "eins a", "tout neuf et déjà en panne"
        }

        if (ScoreMoney.IsMoney(tokens, first, last) || ScoreProperNames.IsInAName(tokens, first, last, candidate))
        {
            return true; // "kost een tientje", "dix balles de plus"; "moro em Sete Lagoas"
        }

        if (ScoreAsides.IsMinutes(tokens, first) || ScoreAsides.IsPartOfACount(tokens, last) || ScoreAsides.IsWholeOfACount(tokens, first))
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
            && (timeWords.Contains(previous.Folded) || (first >= 2 && ContainsPair(timeWords, tokens[first - 2].Folded, previous.Folded))))
        {
            return true; // "a las 9", "um 8", "le 3", "au lieu du 9", "el dia 5", "am 3."
        }

        if (AnyIn(tokens, first - 3, first - 1, t => FamilyWords.Contains(t.Folded)))
        {
            return true; // "a family of 5"
        }

        if (count > 1 && BeforeArticle(tokens, first) is >= 0 and var was && ScoreDiscourseWords.WasWords.Contains(tokens[was].Folded))
        {
            return true; // "3 ... was 2 until ...", "8 (was a 6 last spring)"
        }

        if (IsDeal(tokens, first, last) || IsOneOfThe(tokens, first) || IsOneOfMany(tokens, last) || IsBracketedGrade(tokens, first, last, language)
            || IsPlaceInAQueue(tokens, last) || IsRank(tokens, first, last) || IsGradeWithTendency(tokens, first, last, language) || ScoreNumberIdioms.IsDeDiez(tokens, first, last, language))
        {
            return true;
        }

        if (token.Kind == ScoreTokenKind.Number && previous is { Kind: ScoreTokenKind.Word } && next is { Kind: ScoreTokenKind.Word } && !approximate
            && ScoreDiscourseWords.Determiners.TryGetValue(language, out var determiners) && determiners.Contains(previous.Folded)
            && !ScoreDiscourseWords.ScoreFollowers.Contains(next.Folded))
        {
            return true; // "the 2 ladies at the till", "de mis 3 tiendas"
        }

        if (IsNeverClause(tokens, first, last, candidate.Value) || IsRefusedAfter(tokens, last) || IsRefusedByAnIdiom(tokens, first, last))
        {
            return true; // "never gonna be a 10", "un 10 nunca", "10 não"
        }

        var (start, end) = Clause(tokens, first);
        return IsOtherPersons(tokens, start, first)
            || ScoreOtherPeople.IsThirdPersonGiving(tokens, start, first)
            || IsHeldBySomeoneElse(tokens, start, first, language)
            || IsOthersWhileNotUsed(tokens, start, end, language)
            || ScoreCounts.IsMissingCount(tokens, first, last, start, end)
            || ScoreCounts.IsBoughtOrRecommendedCount(tokens, first, last, start, end)
            || ScoreCounts.IsPartOfABoughtCount(tokens, first, last, candidate.Value)
            || HasPair(tokens, start, end, ScoreDiscourseWords.PastPairs)
            || ScoreEarlierSurveys.IsEarlierScore(tokens, first, last, start, end)
            || (HasPair(tokens, start, first - 1, ScoreDiscourseWords.Hypothetical) && !HasPair(tokens, start, first - 1, SecondThought)
                && !CorrectsAnEarlierNumber(tokens, first))
            || IsWouldBeAfterAScore(tokens, first) || IsWhatItWouldTake(tokens, first)
            || (AnyIn(tokens, start, end, t => ScoreDiscourseWords.Negations.Contains(t.Folded))
                && AnyIn(tokens, start, end, t => ScoreDiscourseWords.GiveVerbs.Contains(t.Folded)))
            || IsQuestion(tokens, first, last, language);
    }

    // "7, wait, make that 8": of two different numbers with a correction word between them, the later one stands.
    private static List<(ScoreCandidate Candidate, int First, int Last)> DropCorrected(List<(ScoreCandidate Candidate, int First, int Last)> kept, IReadOnlyList<ScoreToken> tokens)
    {
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            if (IsConvertedToOurs(kept[i].Candidate, kept[i + 1].Candidate)
                && (AnyIn(tokens, kept[i].Last + 1, kept[i + 1].First - 1, t => ScoreDiscourseWords.Conversions.Contains(t.Folded) || ScoreDiscourseWords.Corrections.Contains(t.Folded))
                    || IsOnOurScale(tokens, kept[i + 1].First, kept[i + 1].Last)))
            {
                kept.RemoveAt(i); // "4 stars, so like an 8", "16/20 donc 8", "Schulnote 2, also 7", "3 ⭐ pardon, 3 sur votre échelle"
                continue;
            }

            // "3, na 4 telefoontjes nog niks": a "nothing" after a number corrects nothing (issue 12, tenth round); an article-number
            // ("7... no, un 6") still leads to the number it stands before.
            if (kept[i].Candidate.Value != kept[i + 1].Candidate.Value && !IsWeakWordAfterANumber(kept[i].Candidate, kept[i + 1].Candidate)
                && (AnyIn(tokens, kept[i].Last + 1, kept[i + 1].First - 1, t => ScoreDiscourseWords.Corrections.Contains(t.Folded))
                    || HasPair(tokens, kept[i].Last + 1, kept[i + 1].First - 1, ScoreDiscourseWords.CorrectionPairs)))
            {
                kept.RemoveAt(i);
            }
        }

        return kept;
    }

    private static bool IsWeakWordAfterANumber(ScoreCandidate earlier, ScoreCandidate later) =>
        later is { Weak: true, Article: false } && !earlier.Weak;

    private static bool IsConvertedToOurs(ScoreCandidate earlier, ScoreCandidate later) =>
        (earlier.OtherScale || !earlier.InRange) && later is { OtherScale: false, InRange: true, Negated: false };
}
