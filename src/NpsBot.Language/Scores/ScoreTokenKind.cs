namespace NpsBot.Language.Scores;

/// <summary>What kind of piece of a reply a <see cref="ScoreToken"/> is.</summary>
public enum ScoreTokenKind
{
    Number,
    Keycap,
    Word,
    Symbol,
}
