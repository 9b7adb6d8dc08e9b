using System.Reflection;
using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// A cue expression run only on texts that hold its <see cref="RequiredLiterals"/> (found for all cues at once, see
/// <see cref="CueText"/>): most cues are ruled out for most complaints, so their non-backtracking automata neither scan
/// the text nor build states for it, and are built themselves only when a text first holds their literals. A text the
/// check rules out cannot match, so every answer is the expression's own.
/// </summary>
public sealed class PrefilteredRegex
{
    // Every cue made so far, for the start-up warm-up (BuildAll).
    private static readonly System.Collections.Concurrent.ConcurrentQueue<PrefilteredRegex> Made = new();

    private readonly Func<Regex> _expression;
    private readonly int[] _allOf;

    private PrefilteredRegex(string pattern, RegexOptions options, Func<Regex> expression)
    {
        _expression = expression;
        Made.Enqueue(this);
        // The literals are compared ordinally: with case or layout options they would not be the pattern's own.
        var literal = (options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)) == 0;
        _allOf = literal ? [.. RequiredLiterals.Of(pattern).Select(CueLiteralIndex.Register)] : [];
    }

    /// <summary>A cue declared with <see cref="GeneratedRegexAttribute"/>: its literals from the attribute, the expression built on first need.</summary>
    public static PrefilteredRegex Of(Func<Regex> generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        var declared = generated.Method.GetCustomAttribute<GeneratedRegexAttribute>()
            ?? throw new ArgumentException($"{generated.Method.Name} is not declared with [GeneratedRegex]", nameof(generated));
        return new PrefilteredRegex(declared.Pattern, declared.Options, generated);
    }

    /// <summary>A cue written as a pattern string, built on first need with <paramref name="options"/>.</summary>
    public static PrefilteredRegex Of(string pattern, RegexOptions options)
    {
        var expression = new Lazy<Regex>(() => new Regex(pattern, options));
        return new PrefilteredRegex(pattern, options, () => expression.Value);
    }

    /// <summary>
    /// Builds the expression of every cue made so far (perf16: the server's warm-up, in the background after start, so a
    /// customer's first complaint does not wait for a cue's automaton, 20–300 ms each); returns how many there are.
    /// </summary>
    public static int BuildAll(CancellationToken cancellationToken = default)
    {
        var built = 0;
        foreach (var cue in Made)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = cue._expression();
            built++;
        }

        return built;
    }

    /// <summary>How many literal sets rule texts out (0: the expression runs on every text).</summary>
    public int LiteralSets => _allOf.Length;

    public bool IsMatch(CueText text) => MayMatch(text) && _expression().IsMatch(text.Text);

    /// <summary>As <see cref="Regex.Replace(string, string)"/>; the same string when the text cannot match.</summary>
    public string Replace(CueText text, string replacement) => MayMatch(text) ? _expression().Replace(text.Text, replacement) : text.Text;

    /// <summary>False when the text lacks every string of one literal set, so the expression cannot match it.</summary>
    public bool MayMatch(CueText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A loop rather than Array.TrueForAll(_allOf, text.Holds) (perf17: a delegate per cue and call).
        foreach (var set in _allOf)
        {
            if (!text.Holds(set))
            {
                return false;
            }
        }

        return true;
    }
}
