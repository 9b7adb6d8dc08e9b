using Microsoft.ML.Data;

namespace NpsBot.Language.Themes;

/// <summary>The ML.NET input row: a complaint and (for training) its theme.</summary>
public sealed class ThemeInput
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>The <see cref="ThemeCues"/> features (one per shipped theme).</summary>
    [VectorType(7)]
#pragma warning disable CA1819 // ML.NET maps a vector column to an array property.
    public float[] Cues { get; set; } = new float[7];
#pragma warning restore CA1819

    public static ThemeInput For(string text, string label = "") => new() { Text = text, Label = label, Cues = ThemeCues.Compute(text) };
}
