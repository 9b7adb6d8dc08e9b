namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The weekly trend and the themes over time group a grain's week cells by start and category (and theme); under a
/// channel or a locale filter SQLite must still answer them from the cells' covering index alone. Without channel and
/// locale in that index each week cell was looked up in the table (347 ms p95 at 1M responses; issue 10, migration
/// <c>PeriodCellsByChannelAndLocale</c>). The plan is SQLite's; PostgreSQL plans by its statistics.
/// </summary>
public sealed class PeriodCellsIndexTests
{
    [Theory]
    [InlineData("channel_id = 'sms'", "start, category")]
    [InlineData("locale = 'pt'", "start, category")]
    [InlineData("channel_id = 'sms'", "start, category, theme")]
    [InlineData("locale = 'pt'", "start, category, theme")]
    [InlineData("1 = 1", "start, category")]
    public async Task Week_cells_under_a_filter_are_read_from_the_covering_index_alone(string filter, string groups)
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        using var connection = database.OpenConnection();
        var plan = await SqlitePlan.OfAsync(connection, $"""
            SELECT {groups}, SUM(responses) FROM response_period_counts
            WHERE grain = 'w' AND {filter} GROUP BY {groups}
            """);

        var line = Assert.Single(plan);
        Assert.Contains("USING COVERING INDEX IX_response_period_counts_grain_start_category_theme_responses_channel_id_locale", line);
    }
}
