namespace NpsBot.Conversations.Language;

/// <summary>The theme of a complaint, how sure the classifier is, and which classifier answered ("offline" or "llm").</summary>
public sealed record ThemeResult(string Theme, double Confidence, string? SecondaryTheme, string Source)
{
    /// <summary>The offline model's version, or the prompt's name and version for the language model; null when unknown.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>Words of the (redacted) complaint that support the theme; null when the classifier gave none.</summary>
    public string? Evidence { get; init; }
}
