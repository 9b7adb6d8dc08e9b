using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Issue 7: a post retried with the same client activity id is answered with the first result, and its turn runs once.</summary>
public sealed class ClientActivityIdTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    [Fact]
    public async Task A_post_sent_again_with_the_same_client_activity_id_gets_the_same_id_and_runs_one_turn()
    {
        var (bot, client) = WithCountingBot();
        var conversation = await client.StartWithWebChatTokenAsync();

        var first = await client.PostMessageAsync(conversation, "9", "client-retry");
        var again = await client.PostMessageAsync(conversation, "9", "client-retry");

        Assert.Equal(first, again);
        Assert.Equal(1, bot.Messages);
        var log = (await client.GetActivitiesAsync(conversation)).Activities;
        Assert.Single(log, activity => activity.Id == first);
        Assert.Single(log, activity => activity.ReplyToId == first);
    }

    [Fact]
    public async Task Posts_sent_at_once_with_the_same_client_activity_id_get_the_same_id_and_run_one_turn()
    {
        var (bot, client) = WithCountingBot();
        var conversation = await client.StartWithWebChatTokenAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => client.PostMessageAsync(conversation, "7", "client-burst"))));

        Assert.Single(ids.Distinct());
        Assert.Equal(1, bot.Messages);
        var log = (await client.GetActivitiesAsync(conversation)).Activities;
        Assert.Single(log, activity => activity.Id == ids[0]);
        Assert.Equal(["message 1"], log.Where(activity => activity.ReplyToId == ids[0]).Select(activity => activity.Text));
    }

    [Fact]
    public async Task Different_client_activity_ids_are_different_posts()
    {
        var (bot, client) = WithCountingBot();
        var conversation = await client.StartWithWebChatTokenAsync();

        var first = await client.PostMessageAsync(conversation, "same text", "client-a");
        var second = await client.PostMessageAsync(conversation, "same text", "client-b");

        Assert.NotEqual(first, second);
        Assert.Equal(2, bot.Messages);
        Assert.Equal(2, await LogDatabase.EchoesAsync(factory.DataDirectory, conversation.ConversationId));
    }

    private (CountingBot Bot, DirectLineClient Client) WithCountingBot()
    {
        var bot = new CountingBot();
        var server = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IBot>(bot)));
        return (bot, new DirectLineClient(server));
    }
}
