using System.Net;
using System.Net.Http.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Messages;

public sealed class ConnectorDeliveryTests : IAsyncLifetime
{
    private readonly ServerFactory _server = new();
    private RecordingConnector _connector = null!;

    public async ValueTask InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeWithDataAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Without_expect_replies_the_bot_answers_202_and_posts_its_replies_to_the_service_url()
    {
        var ct = TestContext.Current.CancellationToken;
        _connector.FailFirst = 1;
        var http = _server.CreateClient();
        var join = new BotClient(http, "a:conv;messageid=1").Activity(ActivityTypes.ConversationUpdate) with
        {
            DeliveryMode = null,
            ServiceUrl = _connector.ServiceUrl,
            MembersAdded = [new ChannelAccount { Id = "customer-a:conv;messageid=1" }],
        };

        using var response = await http.PostAsJsonAsync("/api/messages", join, ActivityJson.Options, ct);
        var delivered = await _connector.WaitForAsync(2, ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.All(_connector.Received, entry =>
            Assert.Equal($"/connector/v3/conversations/a%3Aconv%3Bmessageid%3D1/activities/{join.Id}", entry.Path));
        Assert.Equal(join.Id, delivered[0].ReplyToId);
        Assert.Equal(RoleTypes.Bot, delivered[0].From!.Role);
        Assert.Equal(InputHints.ExpectingInput, delivered[^1].InputHint);
        Assert.NotNull(delivered[^1].SuggestedActions);
    }
}
