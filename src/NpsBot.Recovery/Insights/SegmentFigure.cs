namespace NpsBot.Recovery.Insights;

/// <summary>Promoters, passives and detractors (with NPS) of one channel, locale or theme; Key is "(none)" when the value is missing.</summary>
public sealed record SegmentFigure(string Key, NpsFigure Figure)
{
    public const string None = "(none)";
}
