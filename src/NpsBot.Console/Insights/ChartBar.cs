namespace NpsBot.Console.Insights;

/// <summary>
/// One bar of a <see cref="BarChart"/>: its label, its figure in words, its length (0–1 of the track), the responses
/// it opens (null: nothing to open) and a CSS class for its colour (the words carry the meaning, never the colour alone).
/// </summary>
public sealed record ChartBar(string Label, string Text, double Fraction, string? Href, string Css = "bar-neutral");
