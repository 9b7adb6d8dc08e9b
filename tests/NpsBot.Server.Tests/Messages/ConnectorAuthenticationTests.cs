using System.Net;
using NpsBot.Server.Tests.Support.Azure;

namespace NpsBot.Server.Tests.Messages;

/// <summary>Issue 11: /api/messages checks connector tokens as the Bot Framework does, and stricter where the spec is.</summary>
public sealed class ConnectorAuthenticationTests : IAsyncLifetime
{
    private AuthenticatedServer _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await AuthenticatedServer.StartAsync(AuthenticatedServer.TenantId);

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private string Url => _bot.Azure.ConnectorUrl;

    [Fact]
    public async Task A_valid_channel_token_is_accepted()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var response = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("0 to 10", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bearer_scheme_is_matched_in_any_case()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var response = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url), scheme: "bearer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task No_token_is_refused_although_local_development_is_on()
    {
        using var response = await PostAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var response = await PostAsync(TokenMinter.Channel(key, "another-app-id", Url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var response = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url, issuer: "https://api.botframework.example"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_expired_beyond_the_five_minutes_of_skew_is_refused_and_one_within_them_accepted()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var expired = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url, expires: DateTime.UtcNow.AddMinutes(-6)));
        using var withinSkew = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url, expires: DateTime.UtcNow.AddMinutes(-3)));

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withinSkew.StatusCode);
    }

    [Fact]
    public async Task A_token_without_expiry_is_refused()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var response = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url, withExpiry: false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_an_unpublished_key_with_a_published_key_id_is_refused()
    {
        var published = _bot.Azure.AddChannelKey("msteams");
        var forged = AzureStandIn.NewKey(published.KeyId);

        using var response = await PostAsync(TokenMinter.Channel(forged, AuthenticatedServer.AppId, Url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_key_published_after_the_metadata_was_cached_is_fetched_on_its_unknown_key_id()
    {
        var first = _bot.Azure.AddChannelKey("msteams");
        using var warm = await PostAsync(TokenMinter.Channel(first, AuthenticatedServer.AppId, Url));
        var fetchesBefore = _bot.Azure.ChannelKeyFetches;
        var rotated = _bot.Azure.AddChannelKey("msteams");

        using var response = await PostAsync(TokenMinter.Channel(rotated, AuthenticatedServer.AppId, Url));

        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_bot.Azure.ChannelKeyFetches > fetchesBefore, "the keys were not fetched again");
    }

    [Fact]
    public async Task The_metadata_is_cached_between_requests()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var first = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url));
        using var second = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, _bot.Azure.ChannelKeyFetches);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activity_s_channel_is_refused()
    {
        var key = _bot.Azure.AddChannelKey("webchat", "directline");

        using var response = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_key_without_endorsements_is_refused_for_a_channel_token()
    {
        var key = _bot.Azure.AddChannelKey();

        using var response = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, Url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_service_url_other_than_the_token_s_is_refused()
    {
        var key = _bot.Azure.AddChannelKey("msteams");

        using var response = await PostAsync(TokenMinter.Channel(key, AuthenticatedServer.AppId, "https://smba.trafficmanager.net/amer/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task An_emulator_token_from_the_configured_tenant_is_accepted(string version)
    {
        var key = _bot.Azure.AddEmulatorKey();

        using var response = await PostAsync(TokenMinter.Emulator(key, AuthenticatedServer.AppId, AuthenticatedServer.TenantId, version), "emulator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_emulator_token_from_another_tenant_is_refused()
    {
        var key = _bot.Azure.AddEmulatorKey();

        using var response = await PostAsync(TokenMinter.Emulator(key, AuthenticatedServer.AppId, "0ther000-0000-4000-8000-000000000000"), "emulator");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_emulator_token_for_another_app_is_refused()
    {
        var key = _bot.Azure.AddEmulatorKey();
        var token = TokenMinter.Emulator(key, "another-app-id", AuthenticatedServer.TenantId);

        using var response = await PostAsync(token, "emulator");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task A_malformed_token_is_refused_with_401_not_500(string token)
    {
        using var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string? token, string channelId = "msteams", string scheme = "Bearer") =>
        await _bot.PostAsync(_bot.Message("a:" + Guid.NewGuid().ToString("N"), "hello", channelId), token, TestContext.Current.CancellationToken, scheme);
}
