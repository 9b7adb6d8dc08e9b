using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Runner;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

public sealed class BotFailureTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly WebApplicationFactory<Program> _broken =
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IBot, FailingBot>()));

    [Fact]
    public async Task A_bot_failing_on_the_start_still_starts_the_conversation_since_web_chat_never_retries_a_failed_start()
    {
        var client = new DirectLineClient(_broken);

        var started = await client.StartWithWebChatTokenAsync();

        Assert.Empty((await client.GetActivitiesAsync(started)).Activities);
    }

    [Fact]
    public async Task A_bot_failing_on_a_message_is_502_BotRejectedActivity_and_polling_keeps_working()
    {
        var client = new DirectLineClient(_broken);
        var started = await client.StartWithWebChatTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{started.ConversationId}/activities", started.Token, new { type = "message", text = "9" });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(ErrorCodes.BotRejectedActivity, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
        Assert.Equal("9", Assert.Single((await client.GetActivitiesAsync(started)).Activities).Text);
    }
}
