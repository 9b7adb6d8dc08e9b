namespace NpsBot.Language.Scores;

/// <summary>One piece of a reply: its kind, original and folded text, position, numeric value, and whether it touches its neighbours.</summary>
public sealed record ScoreToken(
    ScoreTokenKind Kind,
    string Text,
    string Folded,
    int Start,
    int Length,
    double? Value,
    bool GluedToPrevious)
{
    public int End => Start + Length;

    public bool IsDecimal => Value is { } v && v != Math.Floor(v);

    public bool IsSymbol(char c) => Kind == ScoreTokenKind.Symbol && Text.Length > 0 && Text[0] == c;
}
