namespace NpsBot.Language.Themes;

/// <summary>One labelled complaint: training data, a manager's correction, or an evaluation item.</summary>
public sealed record ThemeExample(string Text, string Theme);
