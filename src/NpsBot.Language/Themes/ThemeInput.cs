using Microsoft.ML.Data;

namespace NpsBot.Language.Themes;

/// <summary>The ML.NET input row: a complaint and (for training) its theme.</summary>
public sealed class ThemeInput
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>The example's weight in training (classes with fewer examples weigh more); 1 when predicting.</summary>
    public float Weight { get; set; } = 1;

    /// <summary>The <see cref="ThemeCues"/> features (one per shipped theme).</summary>
    [VectorType(7)]
#pragma warning disable CA1819 // ML.NET maps a vector column to an array property.
    public float[] Cues { get; set; } = new float[7];
#pragma warning restore CA1819

    /// <summary>Training rows weighted by count / (themes × that theme's count), so a theme with fewer lines is not drowned out.</summary>
    public static IReadOnlyList<ThemeInput> Balanced(IEnumerable<ThemeExample> examples)
    {
        var list = examples.ToList();
        var counts = list.CountBy(e => e.Theme, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return [.. list.Select(e =>
        {
            var input = For(e.Text, e.Theme);
            input.Weight = (float)list.Count / (counts.Count * counts[e.Theme]);
            return input;
        })];
    }

    public static ThemeInput For(string text, string label = "") => new() { Text = text, Label = label, Cues = ThemeCues.Compute(text) };
}
