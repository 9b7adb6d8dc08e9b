using System.Net;
using NpsBot.Server.Tests.Support.Azure;

namespace NpsBot.Server.Tests.Messages;

/// <summary>Issue 11: replies carry a client-credentials token from the (stand-in) authority, cached, renewed once on a 401.</summary>
public sealed class ConnectorTokenTests : IAsyncLifetime
{
    private AuthenticatedServer _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await AuthenticatedServer.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Replies_carry_a_cached_client_credentials_token_and_a_401_gets_a_new_one_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = _bot.Azure.AddChannelKey("msteams");
        var token = TokenMinter.Channel(key, AuthenticatedServer.AppId, _bot.Azure.ConnectorUrl);
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        using var first = await _bot.PostAsync(_bot.Message(conversation, "hello", deliveryMode: null), token, ct);
        var greeted = await _bot.Azure.WaitForCallsAsync(2, ct);
        _bot.Azure.RejectNext = 1;
        using var second = await _bot.PostAsync(_bot.Message(conversation, "9", deliveryMode: null), token, ct);
        var all = await _bot.Azure.WaitForCallsAsync(greeted.Count + 2, ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.All(greeted, call => Assert.Equal("Bearer bot-token-1", call.Authorization));
        var request = Assert.Single(_bot.Azure.TokenRequests.Take(1));
        Assert.Equal("client_credentials", request["grant_type"].ToString());
        Assert.Equal(AuthenticatedServer.AppId, request["client_id"].ToString());
        Assert.Equal("test-secret", request["client_secret"].ToString());
        Assert.Equal("https://api.botframework.com/.default", request["scope"].ToString());
        var refused = all[greeted.Count];
        var retried = all[greeted.Count + 1];
        Assert.Equal("Bearer bot-token-1", refused.Authorization);
        Assert.Equal("Bearer bot-token-2", retried.Authorization);
        Assert.Equal(refused.Activity.Id, retried.Activity.Id);
        Assert.Equal(2, _bot.Azure.TokensIssued);
    }

    [Fact]
    public async Task A_connector_that_keeps_answering_401_gets_one_retry_per_send_not_a_loop()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = _bot.Azure.AddChannelKey("msteams");
        _bot.Azure.RejectNext = 2;

        using var response = await _bot.PostAsync(
            _bot.Message("a:" + Guid.NewGuid().ToString("N"), "hello", deliveryMode: null), TokenMinter.Channel(key, AuthenticatedServer.AppId, _bot.Azure.ConnectorUrl), ct);
        var calls = await _bot.Azure.WaitForCallsAsync(2, ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, _bot.Azure.TokensIssued);
        Assert.Equal(["Bearer bot-token-1", "Bearer bot-token-2"], calls.Take(2).Select(call => call.Authorization));
    }
}
