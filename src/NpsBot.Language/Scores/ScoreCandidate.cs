namespace NpsBot.Language.Scores;

/// <summary>A number in a reply that may be the score, with the span it covers (including "/10" or "out of 10"); <see cref="Negated"/> when it follows "not (a)".</summary>
public sealed record ScoreCandidate(double Value, int Start, int Length, bool FromWord, bool Weak = false, bool Article = false, bool OtherScale = false, bool Negated = false)
{
    public bool IsWhole => Value == Math.Floor(Value);

    public bool InRange => Value is >= 0 and <= 10;
}
