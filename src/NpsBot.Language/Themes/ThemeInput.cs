namespace NpsBot.Language.Themes;

/// <summary>The ML.NET input row: a complaint and (for training) its theme.</summary>
public sealed class ThemeInput
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}
