namespace NpsBot.Recovery.Insights;

/// <summary>What the bands are broken down by.</summary>
public enum Segment
{
    Channel,
    Locale,
    Theme,
}
