using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights;
using NpsBot.Storage.Tests.Transcripts;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The lists under the agent filter (issue 10) give the same pages whichever shape the agent filter takes: by the
/// agent's case keys (few cases) or by each response's case, walking the responses newest first (many cases; forced
/// here with a threshold of 0; the default is 4,000). Against <see cref="InsightsSeed"/> and <see cref="TranscriptSeed"/> by hand: ana holds
/// the cases of r4 (sms, en, 3, "Je n'ai jamais reçu mon colis") and r5 (sms, fr, 0, "the parcel arrived late"); r6's
/// case has nobody. And a response has at most one case.
/// </summary>
public sealed class AgentPageShapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 0: every page under an agent walks the responses; 1,000: the seed's two cases are read by their keys.
    public static TheoryData<int> Thresholds => [0, 1_000];

    [Theory]
    [MemberData(nameof(Thresholds))]
    public async Task Pages_under_an_agent_follow_the_cursor_newest_first_to_the_end(int walkAbove)
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var reader = new ResponseReader(database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>()) { AgentWalkAbove = walkAbove };
        var ana = new InsightsFilter { Agent = "ana" };

        var first = await reader.ResponsesAsync(ana, null, 1, Ct);
        var second = await reader.ResponsesAsync(ana, first.NextCursor, 1, Ct);

        Assert.Equal(["r5"], first.Items.Select(r => r.ResponseKey));
        Assert.Equal(["r4"], second.Items.Select(r => r.ResponseKey));
        Assert.Null(second.NextCursor);
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public async Task The_agent_and_the_other_filters_keep_only_the_responses_both_select(int walkAbove)
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var reader = new ResponseReader(database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>()) { AgentWalkAbove = walkAbove };

        Assert.Equal(["r5"], await KeysAsync(reader, new InsightsFilter { Agent = "ana", Locale = "fr" }));
        Assert.Equal(["r4"], await KeysAsync(reader, new InsightsFilter { Agent = "ana", Score = 3 }));
        Assert.Equal(["r4"], await KeysAsync(reader, new InsightsFilter { Agent = "ana", Stage = FunnelStage.Resolved }));
        Assert.Empty(await KeysAsync(reader, new InsightsFilter { Agent = "ana", Channel = "webchat" }));
        Assert.Empty(await KeysAsync(reader, new InsightsFilter { Agent = "nobody" }));
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public async Task Transcript_search_under_an_agent_finds_the_agents_matches_alone(int walkAbove)
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = new TranscriptSearch(database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>(), database.Options) { AgentWalkAbove = walkAbove };
        var ana = new InsightsFilter { Agent = "ana" };

        // "colis" matches r4 (ana's) and r6 (nobody's); no words lists ana's responses with a transcript, one per page.
        var colis = await search.SearchAsync(ana, "colis", null, 10, Ct);
        var first = await search.SearchAsync(ana, "", null, 1, Ct);
        var second = await search.SearchAsync(ana, "", first.NextCursor, 1, Ct);

        Assert.Equal(["r4"], colis.Items.Select(h => h.ResponseKey));
        Assert.Equal(["r5"], first.Items.Select(h => h.ResponseKey));
        Assert.Equal(["r4"], second.Items.Select(h => h.ResponseKey));
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public async Task A_second_case_for_the_same_response_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        await using var context = await database.OpenContextAsync();
        var now = InsightsSeed.Week2;
        context.Cases.Add(new CaseRecord
        {
            CaseKey = "case-r4-again", ResponseKey = "r4", ConversationKey = "conv-r4", ChannelId = "sms", Status = CaseStatus.Open,
            Priority = 2, OpenedAt = now, FirstContactDue = now.AddHours(1), ResolutionDue = now.AddDays(2), UpdatedAt = now,
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Ct));
    }

    private static async Task<List<string?>> KeysAsync(ResponseReader reader, InsightsFilter filter) =>
        [.. (await reader.ResponsesAsync(filter, null, 10, Ct)).Items.Select(r => r.ResponseKey)];
}
