using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Server.Tests.Api;

/// <summary>The conversation view and the theme relabel over HTTP, with keys of each scope and none.</summary>
public sealed class ConversationApiTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();
    private long _detractor;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _server.SeedAsync(10, 3);
        await using var context = await _server.ContextAsync();
        _detractor = await context.SurveyResponses.Where(r => r.ResponseKey == "r2").Select(r => r.Id).SingleAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_read_key_gets_the_conversation_view_and_an_unknown_id_is_a_404()
    {
        var client = _server.Client(await _server.KeyAsync(ApiKeyScope.Read));

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/responses/{_detractor}", Ct);
        var missing = await client.GetAsync(new Uri($"/api/v1/responses/{_detractor + 1000}", UriKind.Relative), Ct);

        Assert.Equal("r2", view.GetProperty("response").GetProperty("responseKey").GetString());
        Assert.Equal("case-r2", view.GetProperty("case").GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Array, view.GetProperty("transcript").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Without_a_key_both_are_401_and_a_read_key_cannot_relabel()
    {
        var anonymous = _server.Client();
        var reader = _server.Client(await _server.KeyAsync(ApiKeyScope.Read));

        var view = await anonymous.GetAsync(new Uri($"/api/v1/responses/{_detractor}", UriKind.Relative), Ct);
        var relabel = await anonymous.PostAsJsonAsync($"/api/v1/responses/{_detractor}/theme", new { theme = "price", reason = "fee" }, Ct);
        var forbidden = await reader.PostAsJsonAsync($"/api/v1/responses/{_detractor}/theme", new { theme = "price", reason = "fee" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, view.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, relabel.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await using var context = await _server.ContextAsync();
        Assert.Equal("delivery", await context.SurveyResponses.Where(r => r.Id == _detractor).Select(r => r.Theme).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_read_write_key_relabels_and_the_label_is_stored_with_its_reason()
    {
        var client = _server.Client(await _server.KeyAsync(ApiKeyScope.ReadWrite));

        var response = await client.PostAsJsonAsync($"/api/v1/responses/{_detractor}/theme", new { theme = "price", reason = "the fee, not the delay" }, Ct);
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/responses/{_detractor}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("price", view.GetProperty("response").GetProperty("theme").GetString());
        Assert.Equal(ThemeSources.ManagerCorrected, view.GetProperty("response").GetProperty("themeSource").GetString());
        var label = view.GetProperty("themeLabels").EnumerateArray().Last();
        Assert.Equal(("price", ThemeSources.ManagerCorrected, "the fee, not the delay"), (label.GetProperty("theme").GetString(), label.GetProperty("source").GetString(), label.GetProperty("reason").GetString()));
        Assert.StartsWith("api-key:", label.GetProperty("by").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"theme\":\"price\"}", "reason")]
    [InlineData("{\"theme\":\"price\",\"reason\":\"  \"}", "reason")]
    [InlineData("{\"theme\":\"weather\",\"reason\":\"why\"}", "theme")]
    [InlineData("{\"reason\":\"why\"}", "theme")]
    public async Task A_bad_relabel_is_a_400_naming_the_field(string body, string field)
    {
        var client = _server.Client(await _server.KeyAsync(ApiKeyScope.ReadWrite));

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri($"/api/v1/responses/{_detractor}/theme", UriKind.Relative), content, Ct);
        var missing = await client.PostAsJsonAsync($"/api/v1/responses/{_detractor + 1000}/theme", new { theme = "price", reason = "why" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal([field], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_relabel_reason_over_the_limit_is_a_400_naming_reason_and_changes_nothing()
    {
        var client = _server.Client(await _server.KeyAsync(ApiKeyScope.ReadWrite));

        var response = await client.PostAsJsonAsync(
            $"/api/v1/responses/{_detractor}/theme", new { theme = "price", reason = new string('x', ThemeCorrection.MaxReasonLength + 1) }, Ct);
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/responses/{_detractor}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["reason"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.NotEqual("price", view.GetProperty("response").GetProperty("theme").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_both_operations()
    {
        var document = await _server.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/responses/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/responses/{id}/theme").TryGetProperty("post", out _));
    }
}
