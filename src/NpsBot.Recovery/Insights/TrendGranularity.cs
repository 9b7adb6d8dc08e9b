namespace NpsBot.Recovery.Insights;

/// <summary>How trend points are bucketed: ISO weeks (starting Monday, UTC) or calendar months (UTC).</summary>
public enum TrendGranularity
{
    Week,
    Month,
}
