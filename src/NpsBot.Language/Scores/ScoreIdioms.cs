using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>
/// Number words in idioms that are no score ("eins muss man euch lassen", "één grote chaos", "pagué 60 euros por nada"),
/// German school grades ("glatte Eins", "eine Eins mit Sternchen": another scale) and clock times ("called at 9").
/// Hand-written: idioms are a matter of the language, not of a library.
/// </summary>
public static class ScoreIdioms
{
    /// <summary>Words after German "eins" that make it "one thing" ("eins muss man euch lassen", "eins ist klar").</summary>
    private static readonly FrozenSet<string> OneThingFollowers = Set("muss musst ist war sag sage sei noch vorweg steht weiss kann will hat fallt gibt");

    /// <summary>"één grote chaos", "one big mess", "eins große Katastrophe": "one" before "big" is an idiom.</summary>
    private static readonly FrozenSet<string> BigWords = Set("big huge massive giant grote groot enorme immense grosse grosses grosser riesige riesiges riesen");

    /// <summary>"por nada", "for nothing", "pour rien", "für nix", "voor niks": a zero word after "for" is no score.</summary>
    private static readonly FrozenSet<string> ForNothing = Set("por for pour fur voor para pra");

    /// <summary>"liguei às 9 e nada", "waited and nothing", "llamé y nada": a zero word after "and" tells what happened, not a score.</summary>
    private static readonly FrozenSet<string> AndWords = Set("and y e et und en");

    /// <summary>Words before a German grade: "glatte Eins", "ne Eins".</summary>
    private static readonly FrozenSet<string> GradeMarkers = Set("glatte glatt glatten glatter");

    /// <summary>English words before a number that make it a clock time ("called at 9", "open till 6", "half 9", "call me after 6").</summary>
    private static readonly FrozenSet<string> EnglishTimeWords = Set("at until till til half after before");

    /// <summary>Words two before "at" that make the number a score after all ("I'd put you at 8", "rate it at 9").</summary>
    private static readonly FrozenSet<string> RatingWords = Set(
        "put puts putting rate rated rating rank ranked place placed score scored it you u ya us them that this me sits sitting stands standing be is");

    /// <summary>German grades 1–6 as words ("Eins" … "Sechs").</summary>
    private static readonly FrozenSet<string> GermanGrades = Set("eins zwei drei vier funf sechs");

    /// <summary>A number word that is part of an idiom, not a number given.</summary>
    public static bool IsNumberWordIdiom(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(candidate);
        if (!candidate.FromWord)
        {
            return false;
        }

        var token = tokens[first];
        var next = last + 1 < tokens.Count ? tokens[last + 1] : null;
        var previous = first > 0 ? tokens[first - 1] : null;
        if (token.Folded == "eins" && ((next is { Kind: ScoreTokenKind.Word } && OneThingFollowers.Contains(next.Folded)) || previous?.Folded == "noch"))
        {
            return true; // "eins muss man euch lassen", "noch eins"
        }

        if (candidate.Value == 1 && !candidate.Article && next is { Kind: ScoreTokenKind.Word } && BigWords.Contains(next.Folded))
        {
            return true; // "één grote chaos"
        }

        return candidate.Value == 0 && candidate.Weak && previous is { Kind: ScoreTokenKind.Word }
            && (ForNothing.Contains(previous.Folded) || (previous.Folded == "de" && token.Folded == "nada") // "por nada", "de nada"
                || (first >= 2 && AndWords.Contains(previous.Folded))); // "liguei às 9 e nada"
    }

    /// <summary>"glatte Eins", "eine Eins mit Sternchen", "ne Eins": a German school grade, a rating on another scale.</summary>
    public static bool IsSchoolGrade(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (language != "de" || !GermanGrades.Contains(tokens[first].Folded))
        {
            return false;
        }

        var previous = first > 0 ? tokens[first - 1].Folded : "";
        var sternchen = last + 2 < tokens.Count && tokens[last + 1].Folded == "mit" && tokens[last + 2].Folded.StartsWith("sternchen", StringComparison.Ordinal);
        return GradeMarkers.Contains(previous) || sternchen || (tokens[first].Folded == "eins" && previous is "eine" or "ne" or "'ne");
    }

    /// <summary>"called at 9 and nobody picked up", "open till 6": an English clock time; "I'd put you at 8" stays a score.</summary>
    public static bool IsClockTime(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (language != "en" || first == 0 || !EnglishTimeWords.Contains(tokens[first - 1].Folded))
        {
            return false;
        }

        if (last > first || (last + 1 < tokens.Count && (tokens[last + 1].IsSymbol('/') || tokens[last + 1].Folded is "out" or "of")))
        {
            return false; // "at 9/10", "at 8 out of 10"
        }

        // "put me at 8" is a score; "call me after 6" is not: the rating verbs only take "at".
        return first < 2 || tokens[first - 1].Folded != "at" || !RatingWords.Contains(tokens[first - 2].Folded);
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
