using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Transcripts;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Transcripts;

public sealed class TranscriptSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accents_are_folded_both_ways_and_the_match_is_marked()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = database.Services.GetRequiredService<ITranscriptSearch>();

        var plain = await search.SearchAsync(InsightsFilter.All, "recu", null, 10, Ct);
        var accented = await search.SearchAsync(InsightsFilter.All, "REÇU colis", null, 10, Ct);

        Assert.Equal(["r6", "r4"], plain.Items.Select(h => h.ResponseKey));
        Assert.Equal(["r6", "r4"], accented.Items.Select(h => h.ResponseKey));
        Assert.Contains("[[reçu]]", accented.Items[1].Snippet, StringComparison.Ordinal);
        Assert.Contains("[[colis]]", accented.Items[1].Snippet, StringComparison.Ordinal);
        Assert.Equal("detractor", accented.Items[1].Category);
        Assert.Equal("case-r4", accented.Items[1].CaseKey);
    }

    [Fact]
    public async Task Every_filter_field_is_honoured()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = database.Services.GetRequiredService<ITranscriptSearch>();

        Assert.Equal(["r4"], await Keys(search, new InsightsFilter { Channel = "sms" }, "colis"));
        Assert.Equal(["r6"], await Keys(search, new InsightsFilter { Locale = "en", Channel = "webchat" }, "colis"));
        Assert.Equal(["r4"], await Keys(search, new InsightsFilter { Agent = "ana" }, "colis"));
        Assert.Equal(["r4"], await Keys(search, new InsightsFilter { To = new DateTimeOffset(2026, 12, 8, 10, 30, 0, TimeSpan.Zero) }, "colis"));
        Assert.Empty(await Keys(search, new InsightsFilter { Band = NpsCategory.Promoter }, "colis"));
        Assert.Equal(["r2"], await Keys(search, new InsightsFilter { Band = NpsCategory.Promoter }, ""));
        Assert.Equal(["r5"], await Keys(search, new InsightsFilter { Theme = "price" }, "parcel"));
    }

    [Fact]
    public async Task An_empty_query_lists_the_responses_with_a_transcript_in_keyset_pages()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = database.Services.GetRequiredService<ITranscriptSearch>();

        var first = await search.SearchAsync(InsightsFilter.All, "  ", null, 3, Ct);
        var second = await search.SearchAsync(InsightsFilter.All, "", first.NextCursor, 3, Ct);

        Assert.Equal(["r6", "r5", "r4"], first.Items.Select(h => h.ResponseKey));
        Assert.Equal(["r2"], second.Items.Select(h => h.ResponseKey));
        Assert.Null(second.NextCursor);
        Assert.Equal("colis recu abime", first.Items[0].Snippet);
    }

    [Theory]
    [InlineData("\"colis")]
    [InlineData("colis\"\"\"")]
    [InlineData("colis AND")]
    [InlineData("OR colis NOT")]
    [InlineData("colis NEAR(")]
    [InlineData("(colis")]
    [InlineData("colis)")]
    [InlineData("^colis")]
    [InlineData(":colis")]
    [InlineData("-colis")]
    [InlineData("colis*")]
    [InlineData("col*")]
    [InlineData("{colis}")]
    public async Task Hostile_queries_never_fail_and_still_find_the_words(string query)
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = database.Services.GetRequiredService<ITranscriptSearch>();

        var found = await Keys(search, InsightsFilter.All, query);

        Assert.Contains("r4", found);
        Assert.Contains("r6", found);
        Assert.DoesNotContain("r5", found);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("((()))")]
    [InlineData("\u0000\u0001")]
    [InlineData("colis'; DROP TABLE transcript_entries; --")]
    [InlineData("text:colis")]
    public async Task Queries_that_are_only_operators_or_punctuation_never_fail(string query)
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = database.Services.GetRequiredService<ITranscriptSearch>();

        var page = await search.SearchAsync(InsightsFilter.All, query, null, 10, Ct);

        Assert.NotNull(page);
        Assert.Equal(["r6", "r4"], await Keys(search, InsightsFilter.All, "colis"));
    }

    [Fact]
    public async Task A_quoted_phrase_needs_the_words_together_and_the_raw_text_is_never_searched()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = database.Services.GetRequiredService<ITranscriptSearch>();

        Assert.Equal(["r5"], await Keys(search, InsightsFilter.All, "\"arrived late\""));
        Assert.Empty(await Keys(search, InsightsFilter.All, "\"late arrived\""));
        Assert.Empty(await Keys(search, InsightsFilter.All, "encrypted"));
    }

    [Fact]
    public async Task The_customers_and_agents_lines_are_found_and_the_bots_own_questions_are_not()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        var search = database.Services.GetRequiredService<ITranscriptSearch>();

        var agent = await search.SearchAsync(InsightsFilter.All, "send a new one", null, 10, Ct);

        Assert.Equal(["r6"], agent.Items.Select(h => h.ResponseKey));
        Assert.Contains("[[send]]", agent.Items[0].Snippet, StringComparison.Ordinal);
        Assert.Equal(["r4"], await Keys(search, InsightsFilter.All, "jamais"));
        Assert.Empty(await Keys(search, InsightsFilter.All, "why did you give"));
    }

    [Fact]
    public void The_sanitiser_quotes_every_term()
    {
        Assert.Equal("\"colis\" \"recu\"", FtsQuery.From("colis AND(recu"));
        Assert.Equal("\"arrived late\" \"box\"*", FtsQuery.From("\"arrived late\" box*"));
        Assert.Equal("\"OR\"", FtsQuery.From("\"OR\""));
        Assert.Null(FtsQuery.From("OR NOT"));
        Assert.Null(FtsQuery.From("\"\" ** ()"));
    }

    private static async Task<List<string?>> Keys(ITranscriptSearch search, InsightsFilter filter, string query) =>
        [.. (await search.SearchAsync(filter, query, null, 50, Ct)).Items.Select(h => h.ResponseKey)];
}
