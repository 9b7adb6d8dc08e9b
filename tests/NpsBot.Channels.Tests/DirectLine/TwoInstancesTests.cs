using NpsBot.Conversations.Activities;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Issue 7: two server instances on one database serve every conversation; a stream on one sees posts made to the other.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly NpsBotApplicationFactory _first = new();
    private NpsBotApplicationFactory _second = null!;

    public ValueTask InitializeAsync()
    {
        // The first instance starts alone (it makes the Direct Line secret and the Data Protection key in the shared folder).
        _ = _first.Services;
        _second = new NpsBotApplicationFactory { DataDirectory = _first.DataDirectory };
        _ = _second.Services;
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_client_streaming_from_one_instance_sees_the_echo_and_replies_of_a_post_made_to_the_other()
    {
        var a = new DirectLineClient(_first);
        var b = new DirectLineClient(_second);
        var conversation = await a.StartWithWebChatTokenAsync();
        using var socket = await a.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveSetAsync(socket);

        var id = await b.PostMessageAsync(conversation, "10", "client-on-b");
        var seen = await DirectLineClient.ReceiveUntilAsync(socket, activity => activity.ReplyToId == id && activity.Type == ActivityTypes.Message);

        Assert.Contains(seen, activity => activity.Id == id && activity.Text == "10");
        Assert.Equal((await b.GetActivitiesAsync(conversation)).Activities.Select(activity => activity.Id), (await a.GetActivitiesAsync(conversation)).Activities.Select(activity => activity.Id));
    }

    [Fact]
    public async Task Watermarks_from_both_instances_form_one_sequence()
    {
        var a = new DirectLineClient(_first);
        var b = new DirectLineClient(_second);
        var conversation = await a.StartWithWebChatTokenAsync();

        await b.PostMessageAsync(conversation, "8", "client-1");
        await a.PostMessageAsync(conversation, "Fast delivery", "client-2");

        var log = (await b.GetActivitiesAsync(conversation)).Activities;
        Assert.Equal(Enumerable.Range(1, log.Count).Select(n => $"{conversation.ConversationId}|{n:D7}"), log.Select(activity => activity.Id));
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }
}
