using Bunit;
using NpsBot.Console.Insights;
using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Console.Tests.Insights;

public sealed class ResponsesPageTests : InsightsTestContext
{
    private static readonly ResponseRow Row = new()
    {
        Id = 41, ResponseKey = "r41", StartedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), ChannelId = "sms", Locale = "en",
        Score = 3, Category = "detractor", Reason = "late again, card [card]", Theme = "delivery", ThemeSource = ThemeSources.Model, CaseStatus = "open",
    };

    [Fact]
    public void The_list_reads_the_filter_from_the_url_and_its_links_and_exports_carry_it()
    {
        Insights.Rows = [Row];
        Navigation.NavigateTo("/console/responses?theme=delivery&band=detractor");

        var page = Render<ResponsesPage>();

        var filter = new InsightsFilter { Theme = "delivery", Band = NpsCategory.Detractor };
        Assert.Equal(filter, Assert.Single(Insights.Filters));
        Assert.Equal("/console/responses/41?theme=delivery&band=detractor", page.Find("[data-response='41'] a.response-open").GetAttribute("href"));
        Assert.Equal("/console/exports/responses.csv?theme=delivery&band=detractor", page.Find("[data-export=csv]").GetAttribute("href"));
        Assert.Equal("/console/exports/responses.json?theme=delivery&band=detractor", page.Find("[data-export=json]").GetAttribute("href"));
        Assert.Contains("late again, card [card]", page.Find("[data-response='41']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_goes_into_the_url_and_its_hits_mark_the_matching_words()
    {
        Insights.Hits = [new TranscriptHit { ResponseId = 7, Score = 2, Theme = "delivery", ChannelId = "webchat", Snippet = "the parcel was [[late]] and [[late]] again" }];
        Navigation.NavigateTo("/console/responses?channel=webchat");
        var page = Render<ResponsesPage>();

        page.Find("#transcript-search").Change("late");
        page.Find("form.search-bar").Submit();

        Assert.Equal("/console/responses?channel=webchat&q=late", Location);
        Assert.Equal(["late"], Insights.Searches);
        Assert.Equal(new InsightsFilter { Channel = "webchat" }, Insights.Filters[^1]);
        Assert.Equal(["late", "late"], page.FindAll("[data-response='7'] mark").Select(m => m.TextContent));
        Assert.Equal("/console/responses/7?channel=webchat", page.Find("[data-response='7'] a.response-open").GetAttribute("href"));
    }

    [Fact]
    public void The_prerender_carries_its_first_page_into_the_live_page()
    {
        Insights.Rows = [Row];
        Navigation.NavigateTo("/console/responses?theme=delivery");
        Prerender();

        Render<ResponsesPage>();
        PageState.TriggerOnPersisting();

        Assert.True(PageState.TryTake<PrerenderedPage<ResponsesPage.FirstPage>.Carried>(ResponsesPage.FirstPageKey, out var carried));
        Assert.Equal((Navigation.Uri, 41L, null), (carried!.Uri, Assert.Single(carried.Value.Rows).Id, carried.Value.NextCursor));
    }

    [Fact]
    public void The_live_page_shows_the_prerendered_first_page_without_asking_again()
    {
        Navigation.NavigateTo("/console/responses?theme=delivery");
        PageState.Persist(ResponsesPage.FirstPageKey, Carried(Navigation.Uri, new ResponsesPage.FirstPage([Row], [], "next")));

        var page = Render<ResponsesPage>();

        Assert.Empty(Insights.Filters);
        Assert.Contains("late again", page.Find("[data-response='41']").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-more]"));
    }

    [Fact]
    public void A_first_page_prerendered_for_another_address_is_not_shown()
    {
        Insights.Rows = [Row with { Id = 42 }];
        Navigation.NavigateTo("/console/responses?theme=price");
        PageState.Persist(ResponsesPage.FirstPageKey, Carried("http://localhost/console/responses?theme=delivery", new ResponsesPage.FirstPage([Row], [], null)));

        var page = Render<ResponsesPage>();

        Assert.Equal(new InsightsFilter { Theme = "price" }, Assert.Single(Insights.Filters));
        Assert.Single(page.FindAll("[data-response='42']"));
        Assert.Empty(page.FindAll("[data-response='41']"));
    }

    [Fact]
    public void State_that_does_not_read_back_is_ignored_and_the_page_loads_afresh()
    {
        Insights.Rows = [Row];
        Navigation.NavigateTo("/console/responses");
        PageState.Persist(ResponsesPage.FirstPageKey, "another version's shape");

        var page = Render<ResponsesPage>();

        Assert.Single(Insights.Filters);
        Assert.Single(page.FindAll("[data-response='41']"));
    }

    private static PrerenderedPage<ResponsesPage.FirstPage>.Carried Carried(string uri, ResponsesPage.FirstPage page) => new(uri, page);

    [Fact]
    public void No_rows_show_an_empty_state()
    {
        Navigation.NavigateTo("/console/responses?locale=xx");

        var page = Render<ResponsesPage>();

        Assert.Contains("No responses match this filter", page.Find("[data-empty]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void A_search_without_hits_says_so()
    {
        Navigation.NavigateTo("/console/responses?q=refund");

        var page = Render<ResponsesPage>();

        Assert.Contains("No transcript in this filter contains “refund”", page.Find("[data-empty]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", new[] { "plain|False" })]
    [InlineData("a [[b]] c", new[] { "a |False", "b|True", " c|False" })]
    [InlineData("[[x]]y[[z", new[] { "x|True", "yz|False" })]
    public void Snippet_markers_become_marks(string snippet, string[] parts)
    {
        Assert.Equal(parts, MarkedSnippet.Parts(snippet).Select(p => $"{p.Text}|{p.Marked}"));
    }
}
