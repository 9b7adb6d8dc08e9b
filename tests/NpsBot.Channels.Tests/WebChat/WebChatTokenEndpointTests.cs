using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Tokens;
using NpsBot.Channels.Tests.DirectLine;
using NpsBot.Server.WebChat;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.WebChat;

public sealed class WebChatTokenEndpointTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly DirectLineClient _client = new(factory);

    [Fact]
    public async Task The_token_endpoint_answers_like_token_generate_and_the_token_starts_its_conversation()
    {
        using var response = await _client.Http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), content: null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"expires_in\":1800", json, StringComparison.Ordinal);
        var issued = (await DirectLineClient.ReadAsync<ConversationInfo>(response))!;
        var started = await _client.StartAsync(issued.Token!);
        Assert.Equal(issued.ConversationId, started.ConversationId);
        Assert.DoesNotContain(_client.Secret, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_customer_is_bound_to_the_token_and_greeted_by_name()
    {
        var customer = SignedCustomer.Sign("c-7", "Sam Customer", NpsBotApplicationFactory.CustomerSigningKey, DateTimeOffset.UtcNow.AddMinutes(10));

        var conversation = await _client.StartWithWebChatTokenAsync(customer);

        var token = factory.Services.GetRequiredService<DirectLineTokenService>().Read(conversation.Token!).Token!;
        Assert.Equal(("dl_c-7", "Sam Customer"), (token.UserId, token.UserName));
        Assert.Contains("Sam Customer", (await _client.GetActivitiesAsync(conversation)).Activities[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("another key")]
    [InlineData("expired")]
    [InlineData("no expiry")]
    [InlineData("expiry beyond the maximum lifetime")]
    [InlineData("garbage")]
    public async Task A_customer_signed_with_another_key_expired_without_expiry_too_long_or_malformed_is_400(string kind)
    {
        var key = NpsBotApplicationFactory.CustomerSigningKey;
        var customer = kind switch
        {
            "expired" => SignedCustomer.Sign("c-7", "Sam", key, DateTimeOffset.UtcNow.AddMinutes(-1)),
            "no expiry" => SignedCustomer.Sign("c-7", "Sam", key, expires: null),
            "expiry beyond the maximum lifetime" => SignedCustomer.Sign("c-7", "Sam", key, DateTimeOffset.UtcNow.AddHours(1).AddMinutes(5)),
            "another key" => SignedCustomer.Sign("c-7", "Sam", "wrong-key-wrong-key-wrong-key", DateTimeOffset.UtcNow.AddMinutes(10)),
            _ => "not.a-signed~customer",
        };

        using var response = await _client.Http.PostAsJsonAsync("/api/webchat/token", new { customer }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadArgument, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task The_token_endpoint_is_rate_limited_per_client_address()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("WebChat:TokenRequestsPerMinute", "2"));
        using var http = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        var lastError = (ErrorResponse?)null;
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), content: null, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            lastError = response.IsSuccessStatusCode ? null : await DirectLineClient.ReadErrorAsync(response);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("TooManyRequests", lastError!.Error.Code);
    }

    [Fact]
    public async Task With_no_secret_configured_the_server_makes_one_in_the_data_folder()
    {
        var path = Path.Combine(factory.DataDirectory, DirectLineSecretBootstrap.FileName);

        var secret = _client.Secret;

        Assert.Equal(secret, (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Trim());
        Assert.True(secret.Length >= 32);
    }
}
