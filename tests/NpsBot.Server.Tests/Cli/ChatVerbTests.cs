using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Server.Cli;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;

namespace NpsBot.Server.Tests.Cli;

public sealed class ChatVerbTests
{
    [Fact]
    public async Task The_terminal_chat_runs_a_whole_survey_and_stores_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new ServerFactory();
        var chat = new ChatVerb(server.Services.GetRequiredService<IConversationRunner>(), TimeProvider.System);
        var output = new StringWriter();

        var exit = await chat.RunAsync(new StringReader("4\nthe app keeps crashing\nat checkout, every time\n1\n2\n"), output, "Sam", ct);

        Assert.Equal(0, exit);
        var transcript = output.ToString();
        Assert.Contains("Sam", transcript);
        Assert.Contains("[10]", transcript);
        Assert.Contains("our website", transcript);
        Assert.DoesNotContain("the app keeps crashing", transcript);
        var response = Assert.Single(await server.Services.GetRequiredService<ResponseQueries>().LatestAsync(5, ct));
        Assert.Equal(4, response.Score);
        Assert.Equal(ChatVerb.ChannelId, response.ChannelId);
        Assert.False(response.WantsContact);
        Assert.Equal(("website", "none"), (response.ConfirmedTheme, response.Remedy));
    }
}
