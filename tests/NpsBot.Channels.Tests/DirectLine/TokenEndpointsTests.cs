using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Tokens;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

public sealed class TokenEndpointsTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly DirectLineClient _client = new(factory);

    [Fact]
    public async Task Generate_with_the_secret_answers_a_token_bound_to_a_new_conversation()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", _client.Secret, new { user = new { id = "dl_alex", name = "Alex" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"expires_in\":1800", json, StringComparison.Ordinal);
        var answer = (await DirectLineClient.ReadAsync<ConversationInfo>(response))!;
        var token = Tokens().Read(answer.Token!);
        Assert.Equal(TokenStatus.Valid, token.Status);
        Assert.Equal(answer.ConversationId, token.Token!.ConversationId);
        Assert.Equal("dl_alex", token.Token.UserId);
    }

    [Fact]
    public async Task Generate_without_authorization_is_401()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", credential: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ErrorCodes.MissingAuthorization, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Generate_with_a_wrong_secret_is_403()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", "not-the-secret-at-all");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Generate_with_a_token_instead_of_the_secret_is_403()
    {
        var token = (await _client.GetWebChatTokenAsync()).Token!;

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Generate_with_a_user_id_not_starting_with_dl_is_400()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", _client.Secret, new { user = new { id = "alex" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadArgument, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Generate_with_a_user_id_longer_than_an_id_is_400_naming_it()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", _client.Secret, new { user = new { id = "dl_" + new string('y', 300) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'$.user.id'", (await DirectLineClient.ReadErrorAsync(response)).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_with_a_body_that_is_not_json_is_400()
    {
        using var body = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/generate", _client.Secret, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_answers_a_new_token_for_the_same_conversation_and_user()
    {
        var issued = await _client.GetWebChatTokenAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", issued.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = (await DirectLineClient.ReadAsync<ConversationInfo>(response))!;
        var before = Tokens().Read(issued.Token!).Token!;
        var after = Tokens().Read(refreshed.Token!).Token!;
        Assert.Equal(issued.ConversationId, refreshed.ConversationId);
        Assert.Equal((before.ConversationId, before.UserId), (after.ConversationId, after.UserId));
    }

    [Fact]
    public async Task Refresh_of_an_expired_token_is_403_TokenExpired()
    {
        var expired = Tokens().Issue(new DirectLineToken("conversation-1", "dl_user", null, DateTimeOffset.UtcNow.AddMinutes(-1)));

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", expired);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ErrorCodes.TokenExpired, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Refresh_of_a_tampered_token_is_403()
    {
        var token = (await _client.GetWebChatTokenAsync()).Token!;
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        using var response = await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ErrorCodes.TokenInvalid, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    private DirectLineTokenService Tokens() => factory.Services.GetRequiredService<DirectLineTokenService>();
}
