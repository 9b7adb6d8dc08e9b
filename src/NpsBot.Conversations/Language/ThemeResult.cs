namespace NpsBot.Conversations.Language;

/// <summary>The theme of a complaint, how sure the classifier is, and which classifier answered ("offline" or "llm").</summary>
public sealed record ThemeResult(string Theme, double Confidence, string? SecondaryTheme, string Source);
