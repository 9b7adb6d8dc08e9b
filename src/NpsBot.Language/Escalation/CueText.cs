namespace NpsBot.Language.Escalation;

/// <summary>
/// A folded text as the cues read it, with the literal sets it holds found once (<see cref="CueLiteralIndex"/>), shared
/// by every cue that reads the same text.
/// </summary>
public sealed class CueText
{
    private readonly bool[] _setsFound;

    private CueText(string text)
    {
        Text = text;
        _setsFound = CueLiteralIndex.SetsFoundIn(text);
    }

    public string Text { get; }

    public static CueText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CueText(text);
    }

    /// <summary>Whether the text has a string of the set; a set registered after the text was read counts as held.</summary>
    public bool Holds(int set) => set >= _setsFound.Length || _setsFound[set];
}
