using System.Net;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;
using NpsBot.Testing.Bots;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

public sealed class ConversationEndpointsTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly DirectLineClient _client = new(factory);

    [Fact]
    public async Task Start_with_a_token_is_201_with_token_and_stream_url_and_the_bot_speaks_first()
    {
        var issued = await _client.GetWebChatTokenAsync();

        var started = await _client.StartAsync(issued.Token!);

        Assert.Equal(issued.ConversationId, started.ConversationId);
        Assert.False(string.IsNullOrEmpty(started.Token));
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{started.ConversationId}/stream?watermark=0&t=", started.StreamUrl, StringComparison.Ordinal);
        var greeting = await _client.GetActivitiesAsync(started);
        var question = greeting.Activities[^1];
        Assert.Equal(SurveyExpectations.ScoreButtons, question.SuggestedActions!.Actions.Select(action => action.Title));
        Assert.All(greeting.Activities, activity => Assert.Equal(RoleTypes.Bot, activity.From!.Role));
        Assert.All(greeting.Activities, activity => Assert.NotNull(activity.Timestamp));
        Assert.All(greeting.Activities, activity => Assert.Null(activity.ReplyToId));
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_is_200_and_the_bot_does_not_greet_twice()
    {
        var issued = await _client.GetWebChatTokenAsync();
        var started = await _client.StartAsync(issued.Token!);
        var greetingCount = (await _client.GetActivitiesAsync(started)).Activities.Count;

        var again = await _client.StartAsync(issued.Token!, HttpStatusCode.OK);

        Assert.Equal(started.ConversationId, again.ConversationId);
        Assert.Equal(greetingCount, (await _client.GetActivitiesAsync(again)).Activities.Count);
    }

    [Fact]
    public async Task Start_with_the_secret_opens_a_new_conversation_each_time()
    {
        var first = await _client.StartAsync(_client.Secret);
        var second = await _client.StartAsync(_client.Secret);

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.NotEmpty((await _client.GetActivitiesAsync(second)).Activities);
    }

    [Fact]
    public async Task Reconnect_answers_a_fresh_token_and_a_stream_url_from_the_watermark()
    {
        var started = await _client.StartWithWebChatTokenAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{started.ConversationId}?watermark=2", started.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = (await DirectLineClient.ReadAsync<ConversationInfo>(response))!;
        Assert.Equal(started.ConversationId, reconnected.ConversationId);
        Assert.False(string.IsNullOrEmpty(reconnected.Token));
        Assert.Contains("stream?watermark=2&t=", reconnected.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_does_not_run_the_greeting_again()
    {
        var started = await _client.StartWithWebChatTokenAsync();
        var before = (await _client.GetActivitiesAsync(started)).Activities.Count;

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{started.ConversationId}", started.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, (await _client.GetActivitiesAsync(started)).Activities.Count);
    }

    [Fact]
    public async Task Reconnect_with_another_conversations_token_is_403()
    {
        var mine = await _client.StartWithWebChatTokenAsync();
        var theirs = await _client.StartWithWebChatTokenAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{theirs.ConversationId}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Reconnect_to_an_unknown_conversation_is_404()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/conversations/no-such-conversation", _client.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ErrorCodes.ConversationNotFound, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Start_without_authorization_is_401()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/conversations", credential: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_with_a_malformed_authorization_header_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineClient.Base + "/conversations");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic abc");

        using var response = await _client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_with_a_body_that_is_not_json_is_400()
    {
        var token = (await _client.GetWebChatTokenAsync()).Token!;
        using var body = new StringContent("[1,", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.SendAsync(HttpMethod.Post, "/conversations", token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadArgument, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    public async Task Start_with_a_user_field_longer_than_an_id_is_400_naming_it(string field)
    {
        var user = new Dictionary<string, string> { ["id"] = "dl_customer", [field] = "dl_" + new string('y', 300) };

        using var response = await _client.SendAsync(HttpMethod.Post, "/conversations", _client.Secret, new { user });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await DirectLineClient.ReadErrorAsync(response)).Error;
        Assert.Equal(ErrorCodes.BadArgument, error.Code);
        Assert.Contains($"'$.user.{field}'", error.Message, StringComparison.Ordinal);
    }
}
