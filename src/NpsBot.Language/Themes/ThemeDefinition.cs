namespace NpsBot.Language.Themes;

/// <summary>One theme managers act on: its id (the label), what it covers, and a few example complaints.</summary>
public sealed record ThemeDefinition(string Id, string Description, IReadOnlyList<string> Examples);
