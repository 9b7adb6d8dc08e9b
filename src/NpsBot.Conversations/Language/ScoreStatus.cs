namespace NpsBot.Conversations.Language;

/// <summary>What the score recognizer made of a reply.</summary>
public enum ScoreStatus
{
    /// <summary>One clear score 0–10.</summary>
    Ok,

    /// <summary>No score in the text (sentiment alone is never a score).</summary>
    None,

    /// <summary>A range, two different candidates or a decimal: ask which one.</summary>
    Ambiguous,

    /// <summary>A number meant as the score but outside 0–10.</summary>
    OutOfRange,
}
