namespace NpsBot.Language.Scores;

/// <summary>A number in a reply that may be the score, with the span it covers (including "/10" or "out of 10"); <see cref="Negated"/> when it follows "not (a)"; <see cref="OtherScale"/> for "4 stars", <see cref="OpenRange"/> for "8 or more"; <see cref="Unclear"/> for a number whose meaning needs asking ("the manager is a zero à esquerda").</summary>
public sealed record ScoreCandidate(double Value, int Start, int Length, bool FromWord, bool Weak = false, bool Article = false, bool OtherScale = false, bool Negated = false, bool OpenRange = false, bool Unclear = false)
{
    public bool IsWhole => Value == Math.Floor(Value);

    public bool InRange => Value is >= 0 and <= 10;
}
