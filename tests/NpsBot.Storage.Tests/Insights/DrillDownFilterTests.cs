using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>The filter fields a chart segment adds (one score, a funnel stage): query string and the rows they select.</summary>
public sealed class DrillDownFilterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Score_and_stage_round_trip_through_the_query_string()
    {
        var filter = new InsightsFilter { Band = NpsCategory.Detractor, Score = 0, Stage = FunnelStage.ContactWithinSla };

        var query = filter.ToQueryString();

        Assert.Equal("band=detractor&score=0&stage=contact-within-sla", query);
        Assert.Equal(filter, InsightsFilterParser.ParseQueryString(query).Filter);
        foreach (var stage in Enum.GetValues<FunnelStage>())
        {
            Assert.Equal(stage, InsightsFilterParser.ParseQueryString("stage=" + InsightsFilterParser.StageName(stage)).Filter!.Stage);
        }
    }

    [Theory]
    [InlineData("score=11", "score")]
    [InlineData("score=-1", "score")]
    [InlineData("score=seven", "score")]
    [InlineData("stage=won", "stage")]
    public void A_bad_score_or_stage_names_its_field(string query, string field)
    {
        var result = InsightsFilterParser.ParseQueryString(query);

        Assert.False(result.IsValid);
        Assert.Equal([field], result.Errors.Keys);
    }

    [Theory]
    [InlineData("score=9", new[] { "r2" })]
    [InlineData("score=0", new[] { "r5" })]
    [InlineData("stage=case-opened", new[] { "r6", "r5", "r4" })]
    [InlineData("stage=contact-within-sla", new[] { "r4" })]
    [InlineData("stage=resolved", new[] { "r4" })]
    [InlineData("stage=resolved-with-person", new[] { "r4" })]
    [InlineData("stage=resurveyed", new string[0])]
    [InlineData("band=detractor&channel=sms&stage=case-opened", new[] { "r5", "r4" })]
    public async Task A_segment_filter_selects_the_responses_behind_the_bar(string query, string[] expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var reader = (IResponseReader)database.Services.GetService(typeof(IResponseReader))!;
        var filter = InsightsFilterParser.ParseQueryString(query).Filter!;

        var page = await reader.ResponsesAsync(filter, null, 50, Ct);

        Assert.Equal(expected, page.Items.Select(r => r.ResponseKey));
    }

    [Fact]
    public async Task The_funnel_counts_match_the_rows_its_bars_open()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var reader = (IResponseReader)database.Services.GetService(typeof(IResponseReader))!;
        var queries = (IInsightsQueries)database.Services.GetService(typeof(IInsightsQueries))!;
        var detractors = new InsightsFilter { Band = NpsCategory.Detractor };

        var funnel = await queries.FunnelAsync(detractors, Ct);
        var opened = await reader.ResponsesAsync(detractors with { Stage = FunnelStage.CaseOpened }, null, 50, Ct);
        var contacted = await reader.ResponsesAsync(detractors with { Stage = FunnelStage.ContactWithinSla }, null, 50, Ct);
        var resolved = await reader.ResponsesAsync(detractors with { Stage = FunnelStage.Resolved }, null, 50, Ct);

        Assert.Equal((3, 1, 1), (funnel.CaseOpened, funnel.FirstContactWithinSla, funnel.Resolved));
        Assert.Equal((funnel.CaseOpened, funnel.FirstContactWithinSla, funnel.Resolved), (opened.Items.Count, contacted.Items.Count, resolved.Items.Count));
    }
}
