using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Insights.PeriodCounts;

/// <summary>A cell of either rollup (a day, a week or a month), as the figures read it: <see cref="RollupCells"/>.</summary>
internal sealed class RollupCell : IRollupKeys
{
    /// <summary>The day, or the first day of the week or month, the cell counts.</summary>
    public DateOnly Start { get; init; }
    public string ChannelId { get; init; } = "";
    public string Locale { get; init; } = "";
    public string Theme { get; init; } = "";
    public NpsCategory Category { get; init; }
    public int Score { get; init; }
    public int Responses { get; init; }
    public int Completed { get; init; }
}
