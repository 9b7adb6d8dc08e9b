using Bunit;
using NpsBot.Console.Insights;
using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Console.Tests.Insights;

public sealed class DashboardPageTests : InsightsTestContext
{
    // 20 promoters, 20 passives, 10 detractors: NPS 20; variance (0.6 − 0.04) / 50 = 0.0112; margin 196 × 0.1058 = 20.7.
    private static readonly NpsFigure Fifty = new(20, 20, 10);

    public DashboardPageTests()
    {
        Insights.Summary = new InsightsSummary(Fifty, 52, 50, 4, 1);
        Insights.Segments = [new SegmentFigure("delivery", new NpsFigure(2, 1, 7)), new SegmentFigure(SegmentFigure.None, new NpsFigure(3, 0, 0))];
        Insights.Distribution = Enumerable.Range(0, 11).Select(s => new ScoreCount(s, s == 3 ? 4 : 2)).ToList();
        Insights.Funnel = new RecoveryFunnel(10, 8, 5, 4, null, null, null, null) { ResolvedWithPerson = 3 };
        Insights.Trend = [new TrendPoint(new DateOnly(2026, 11, 30), Fifty)];
    }

    [Fact]
    public void The_filter_in_the_url_is_honoured_by_every_figure()
    {
        Navigation.NavigateTo("/console/dashboard?channel=sms&band=detractor&by=month");

        var page = Render<DashboardPage>();

        var expected = new InsightsFilter { Channel = "sms", Band = NpsCategory.Detractor };
        Assert.Equal(11, Insights.Filters.Count);
        Assert.All(Insights.Filters, filter => Assert.Equal(expected, filter));
        Assert.Equal("sms", page.Find("#filter-channel").GetAttribute("value"));
        Assert.Equal("month", page.Find("#filter-by").GetAttribute("value")?.ToLowerInvariant());
    }

    [Fact]
    public void The_live_dashboard_shows_the_prerendered_figures_without_asking_again()
    {
        Insights.Agents = [new AgentFigure("Ana", 5, 4, TimeSpan.FromMinutes(42))];
        Insights.Agreement = [new ThemeAgreementPoint(new DateOnly(2026, 11, 30), 10, 8)];
        Insights.ThemeTrend = [new ThemeTrendPoint(new DateOnly(2026, 11, 30), "delivery", Fifty)];
        Navigation.NavigateTo("/console/dashboard?channel=sms");
        Prerender();
        var prerendered = Render<DashboardPage>();
        PageState.TriggerOnPersisting();
        var asked = Insights.Filters.Count;

        GoLive();
        var live = Render<DashboardPage>();

        Assert.Equal(11, asked);
        Assert.Equal(asked, Insights.Filters.Count);
        Assert.Equal(prerendered.Find(".figure-cards").OuterHtml, live.Find(".figure-cards").OuterHtml);
        Assert.Equal(prerendered.Find(".chart-grid").OuterHtml, live.Find(".chart-grid").OuterHtml);
    }

    [Fact]
    public void Applying_the_filter_bar_writes_the_filter_into_the_url()
    {
        Navigation.NavigateTo("/console/dashboard");
        var page = Render<DashboardPage>();

        page.Find("#filter-channel").Change("webchat");
        page.Find("#filter-theme").Change("delivery & returns");
        page.Find("#filter-band").Change("detractor");
        page.Find("#filter-from").Change("2026-11-01");
        page.Find("#filter-to").Change("2026-11-30");
        page.Find("form.filter-bar").Submit();

        Assert.Equal("/console/dashboard?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&channel=webchat&theme=delivery%20%26%20returns&band=detractor", Location);
        var reread = InsightsFilterParser.ParseQueryString(new Uri(Navigation.Uri).Query).Filter;
        Assert.Equal(new InsightsFilter
        {
            From = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            Channel = "webchat",
            Theme = "delivery & returns",
            Band = NpsCategory.Detractor,
        }, reread);
        Assert.Equal(reread, Insights.Filters[^1]);
    }

    [Fact]
    public void A_bad_value_is_named_beside_its_field_and_the_url_is_not_changed()
    {
        Navigation.NavigateTo("/console/dashboard");
        var page = Render<DashboardPage>();

        page.Find("#filter-from").Change("2026-12-02");
        page.Find("#filter-to").Change("2026-11-01");
        page.Find("form.filter-bar").Submit();

        Assert.Equal("/console/dashboard", Location);
        Assert.Contains("later than", page.Find("[data-error=to]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nps_card_shows_the_margin_of_error_and_the_count()
    {
        Navigation.NavigateTo("/console/dashboard");

        var page = Render<DashboardPage>();

        Assert.Equal("NPS 20 ± 21 (n = 50)", page.Find("[data-nps]").TextContent);
        Assert.Empty(page.FindAll("[data-unreliable]"));
    }

    [Fact]
    public void Under_thirty_responses_the_nps_is_said_to_be_not_yet_reliable()
    {
        Insights.Summary = new InsightsSummary(new NpsFigure(5, 2, 3), 10, 10, 0, 0);
        Navigation.NavigateTo("/console/dashboard");

        var page = Render<DashboardPage>();

        Assert.StartsWith("NPS 20 ± ", page.Find("[data-nps]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Not yet reliable", page.Find("[data-unreliable]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bar_opens_the_responses_of_the_filter_plus_its_segment()
    {
        Navigation.NavigateTo("/console/dashboard?channel=sms");

        var page = Render<DashboardPage>();

        Assert.Equal("/console/responses?channel=sms&theme=delivery", page.Find("[data-chart=themes] a[data-bar=delivery]").GetAttribute("href"));
        Assert.Equal("/console/responses?channel=sms&score=3", page.Find("[data-chart=distribution] a[data-bar='3']").GetAttribute("href"));
        Assert.Equal("/console/responses?channel=sms&band=detractor&stage=resolved", page.Find("[data-chart=funnel] a[data-bar=Resolved]").GetAttribute("href"));
        Assert.Equal("/console/responses?channel=sms&theme=delivery&band=detractor", page.Find("[data-chart=by-theme] [data-segment=delivery] a[data-band=detractor]").GetAttribute("href"));
        Assert.Equal("/console/responses?from=2026-11-30T00%3A00%3A00Z&to=2026-12-07T00%3A00%3A00Z&channel=sms", page.Find("[data-chart=trend] a.bar-link").GetAttribute("href"));
        Assert.Contains("8 (80 % of detractors", page.Find("[data-chart=funnel] a[data-bar='Case opened']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_not_recorded_say_so_instead_of_showing_zero()
    {
        Navigation.NavigateTo("/console/dashboard");

        var page = Render<DashboardPage>();

        var resurveyed = page.Find("[data-chart=funnel] [data-bar=Re-surveyed]");
        Assert.Equal("span", resurveyed.TagName.ToLowerInvariant());
        Assert.Contains("not recorded yet", resurveyed.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not recorded yet", page.Find("[data-card=recovered]").TextContent, StringComparison.Ordinal);
        Assert.Contains("No label has been confirmed or corrected", page.Find("[data-chart=agreement]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_responses_show_a_helpful_empty_state_and_no_figures()
    {
        Insights.Summary = new InsightsSummary(NpsFigure.Empty, 0, 0, 0, 0);
        Navigation.NavigateTo("/console/dashboard?theme=nothing");

        var page = Render<DashboardPage>();

        Assert.Contains("No responses match this filter", page.Find("[data-empty]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-nps]"));
        Assert.Empty(page.FindAll("[data-chart]"));
    }

    [Fact]
    public void A_bad_link_says_what_is_wrong_and_queries_nothing()
    {
        Navigation.NavigateTo("/console/dashboard?band=angry");

        var page = Render<DashboardPage>();

        Assert.Contains("'band' must be", page.Find("[data-filter-errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Insights.Filters);
    }

    [Fact]
    public void Model_agreement_is_shown_per_period_in_words()
    {
        Insights.Agreement = [new ThemeAgreementPoint(new DateOnly(2026, 11, 30), 10, 8)];
        Navigation.NavigateTo("/console/dashboard");

        var page = Render<DashboardPage>();

        Assert.Contains("80 % agreed (8 of 10 reviewed labels)", page.Find("[data-chart=agreement]").TextContent, StringComparison.Ordinal);
    }
}
