namespace NpsBot.Conversations.Language;

/// <summary>The theme of a complaint, how sure the classifier is, and which classifier answered ("offline" or "llm").</summary>
public sealed record ThemeResult(string Theme, double Confidence, string? SecondaryTheme, string Source)
{
    /// <summary>
    /// The confidence below which the survey asks the customer to pick the theme instead of guessing: the default of
    /// <c>Survey:ThemeAskBelow</c>, and what <c>evaluate-themes</c> reports the share asked at.
    /// </summary>
    public const double DefaultAskBelow = 0.5;

    /// <summary>The offline model's version, or the prompt's name and version for the language model; null when unknown.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>Words of the (redacted) complaint that support the theme; null when the classifier gave none.</summary>
    public string? Evidence { get; init; }
}
