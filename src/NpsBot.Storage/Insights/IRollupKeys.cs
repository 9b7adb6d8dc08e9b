namespace NpsBot.Storage.Insights;

/// <summary>
/// The keys a response rollup cell (<see cref="PeriodCounts.RollupCell"/>) and a case rollup cell
/// (<see cref="Entities.CaseStepCountRecord"/>) share, so the filter's channel, locale, theme and score are put on
/// either in one place (<see cref="RollupKeyFiltering"/>). The category is not here: the response rollups store the
/// enum, the case rollup its name.
/// </summary>
internal interface IRollupKeys
{
    string ChannelId { get; }

    string Locale { get; }

    string Theme { get; }

    int Score { get; }
}
