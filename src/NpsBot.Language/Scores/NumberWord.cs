namespace NpsBot.Language.Scores;

/// <summary>
/// A number written as a word. <see cref="Weak"/> words are also pronouns ("one", "uno") and count only in short replies;
/// <see cref="Article"/> words ("un", "een", "um") count only when they are the whole reply.
/// </summary>
public sealed record NumberWord(int Value, bool Weak = false, bool Article = false);
