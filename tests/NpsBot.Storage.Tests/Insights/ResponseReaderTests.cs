using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Insights;

public sealed class ResponseReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_follow_the_cursor_newest_first_to_the_end()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var reader = new NpsBot.Storage.Insights.ResponseReader(database.Services.GetService(typeof(Microsoft.EntityFrameworkCore.IDbContextFactory<NpsBotDbContext>)) as Microsoft.EntityFrameworkCore.IDbContextFactory<NpsBotDbContext> ?? throw new InvalidOperationException());

        var first = await reader.ResponsesAsync(InsightsFilter.All, null, 3, Ct);
        var second = await reader.ResponsesAsync(InsightsFilter.All, first.NextCursor, 3, Ct);
        var third = await reader.ResponsesAsync(InsightsFilter.All, second.NextCursor, 3, Ct);

        Assert.Equal(["r7", "r6", "r5"], first.Items.Select(r => r.ResponseKey));
        Assert.Equal(["r4", "r3", "r2"], second.Items.Select(r => r.ResponseKey));
        Assert.Equal(["r1"], third.Items.Select(r => r.ResponseKey));
        Assert.Null(third.NextCursor);
    }

    [Fact]
    public async Task A_row_carries_its_case_and_sla_figures()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var reader = (IResponseReader)database.Services.GetService(typeof(IResponseReader))!;

        var page = await reader.ResponsesAsync(new InsightsFilter { Agent = "ana" }, null, 10, Ct);
        var rows = new List<ResponseRow>();
        await foreach (var row in reader.StreamAsync(new InsightsFilter { Band = NpsCategory.Detractor }, Ct))
        {
            rows.Add(row);
        }

        Assert.Equal(["r5", "r4"], page.Items.Select(r => r.ResponseKey));
        var r4 = page.Items[1];
        Assert.Equal(("detractor", "resolved", "ana", true, true, ThemeSources.CustomerConfirmed), (r4.Category, r4.CaseStatus, r4.Agent, r4.FirstContactWithinSla, r4.ResolvedWithinSla, r4.ThemeSource));
        Assert.Equal(false, page.Items[0].FirstContactWithinSla);
        Assert.Null(page.Items[0].ResolvedWithinSla);
        Assert.Equal("reason of r4, card [card]", r4.Reason);
        Assert.Equal(["r4", "r5", "r6"], rows.Select(r => r.ResponseKey));
        Assert.Equal(ThemeSources.Model, rows[2].ThemeSource);
    }

    [Fact]
    public async Task Cases_page_lists_the_cases_of_the_filtered_responses()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var reader = (IResponseReader)database.Services.GetService(typeof(IResponseReader))!;

        var page = await reader.CasesAsync(new InsightsFilter { Channel = "sms" }, null, 1, Ct);
        var next = await reader.CasesAsync(new InsightsFilter { Channel = "sms" }, page.NextCursor, 1, Ct);

        Assert.Equal(["case-r5"], page.Items.Select(c => c.CaseKey));
        Assert.Equal(["case-r4"], next.Items.Select(c => c.CaseKey));
        Assert.Null(next.NextCursor);
    }
}
