namespace NpsBot.Language.Themes;

/// <summary>The ML.NET output row: the predicted theme and one probability per theme.</summary>
public sealed class ThemePrediction
{
    public string PredictedLabel { get; set; } = "";

#pragma warning disable CA1819 // ML.NET maps the Score vector column to an array property.
    public float[] Score { get; set; } = [];
#pragma warning restore CA1819
}
