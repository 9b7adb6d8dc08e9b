using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Server.Tests.Api;

/// <summary>Filters, pages, figures, exports and the OpenAPI document over HTTP.</summary>
public sealed class ApiQueryTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _server.SeedAsync(10, 9, 3, 0, 8);
        _client = _server.Client(await _server.KeyAsync(ApiKeyScope.Read));
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/api/v1/responses?band=angry", "band")]
    [InlineData("/api/v1/responses?from=soon", "from")]
    [InlineData("/api/v1/cases?limit=0", "limit")]
    [InlineData("/api/v1/responses?cursor=abc", "cursor")]
    [InlineData("/api/v1/nps?granularity=daily", "granularity")]
    [InlineData("/api/v1/exports/responses.csv?to=2026-01-01&from=2026-02-01", "to")]
    [InlineData("/api/v1/exports/responses.json?band=x", "band")]
    public async Task A_bad_query_is_a_400_naming_the_field(string path, string field)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal([field], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Responses_page_with_a_cursor_and_honour_the_filter()
    {
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/v1/responses?limit=2", Ct);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/responses?limit=2&cursor={cursor}", Ct);
        var detractors = await _client.GetFromJsonAsync<JsonElement>("/api/v1/responses?band=detractor", Ct);

        Assert.Equal(["r5", "r4"], Keys(first));
        Assert.Equal(["r3", "r2"], Keys(second));
        Assert.Equal(["r4", "r3"], Keys(detractors));
        Assert.Equal("ana", detractors.GetProperty("items")[0].GetProperty("agent").GetString());
        Assert.DoesNotContain("Secret Name", detractors.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nps_gives_the_figure_with_margin_and_the_funnel()
    {
        var report = await _client.GetFromJsonAsync<JsonElement>("/api/v1/nps?granularity=month", Ct);

        // 2 promoters, 1 passive, 2 detractors: NPS 0; margin 196 × √((4/5 − 0) / 5) = 78.4.
        var nps = report.GetProperty("summary").GetProperty("nps");
        Assert.Equal((0.0, 78.4, 5, false), (nps.GetProperty("nps").GetDouble(), Math.Round(nps.GetProperty("margin").GetDouble(), 1), nps.GetProperty("count").GetInt32(), nps.GetProperty("isReliable").GetBoolean()));
        Assert.Equal(2, report.GetProperty("funnel").GetProperty("caseOpened").GetInt32());
        // Nobody re-surveyed yet: recovered is a counted 0, not a missing figure.
        Assert.Equal(0, report.GetProperty("funnel").GetProperty("recovered").GetInt32());
        Assert.Equal(11, report.GetProperty("distribution").GetArrayLength());
    }

    [Fact]
    public async Task Csv_export_has_one_row_per_conversation_with_its_columns_and_formulas_escaped()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/exports/responses.csv?channel=webchat", UriKind.Relative), Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(6, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal(
            ["Id", "ResponseKey", "StartedAt", "CompletedAt", "ChannelId", "Locale", "Score", "Category", "Reason", "FollowUpQuestion", "FollowUpAnswer", "EventId", "Theme",
             "ThemeSource", "ThemeConfidence", "WantsContact", "Outcome", "CaseKey", "CaseStatus", "Remedy", "Agent", "FirstContactDue", "FirstContactAt",
             "FirstContactWithinSla", "ResolutionDue", "ResolvedAt", "ResolvedWithinSla", "ResurveyScore"],
            header);
        Assert.Contains(lines, line => line.Contains("'=HYPERLINK", StringComparison.Ordinal) || line.Contains("\"'=HYPERLINK", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(",=HYPERLINK", StringComparison.Ordinal) || line.Contains(",\"=HYPERLINK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_export_is_one_array_under_the_filter()
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("/api/v1/exports/responses.json?band=promoter", Ct);

        Assert.Equal(["r1", "r2"], rows.EnumerateArray().Select(r => r.GetProperty("responseKey").GetString()));
        Assert.Equal("model", rows[0].GetProperty("themeSource").GetString());
    }

    [Fact]
    public async Task The_openapi_document_and_reference_page_are_served()
    {
        var anonymous = _server.Client();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var page = await anonymous.GetAsync(new Uri("/scalar/v1", UriKind.Relative), Ct);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/responses", paths);
        Assert.Contains("/api/v1/exports/responses.csv", paths);
        Assert.Contains("/api/v1/webhooks", paths);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static List<string?> Keys(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("responseKey").GetString())];
}
