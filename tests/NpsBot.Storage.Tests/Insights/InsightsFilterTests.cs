using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Insights;

public sealed class InsightsFilterTests
{
    [Fact]
    public void A_filter_round_trips_through_its_query_string()
    {
        var filter = new InsightsFilter
        {
            From = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            Channel = "webchat",
            Locale = "pt-BR",
            Theme = "delivery & returns",
            Agent = "ana@example.com",
            Band = NpsCategory.Detractor,
        };

        var query = filter.ToQueryString();
        var parsed = InsightsFilterParser.ParseQueryString("?" + query);

        Assert.Equal("from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&channel=webchat&locale=pt-BR&theme=delivery%20%26%20returns&agent=ana%40example.com&band=detractor", query);
        Assert.Equal(filter, parsed.Filter);
        Assert.Equal("", InsightsFilter.All.ToQueryString());
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("from=2026-12-02&to=2026-12-01", "to")]
    [InlineData("band=angry", "band")]
    public void A_bad_value_names_its_field(string query, string field)
    {
        var result = InsightsFilterParser.ParseQueryString(query);

        Assert.False(result.IsValid);
        Assert.Equal([field], result.Errors.Keys);
    }

    [Fact]
    public void Cursor_round_trips_and_rejects_what_it_did_not_write()
    {
        Assert.True(PageCursor.TryDecode(PageCursor.Encode(42), out var id));
        Assert.Equal(42, id);
        Assert.False(PageCursor.TryDecode("not-a-cursor", out _));
    }
}
