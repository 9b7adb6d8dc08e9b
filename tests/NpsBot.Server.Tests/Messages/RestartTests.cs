using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Tests.Messages;

public sealed class RestartTests
{
    [Fact]
    public async Task A_conversation_continues_where_it_was_after_the_server_restarts()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var before = new ServerFactory(data))
            {
                var customer = new BotClient(before.CreateClient(), "restart-1");
                await customer.JoinAsync(ct);
                await customer.SendAsync("8", ct);
            }

            await using var after = new ServerFactory(data);
            var same = new BotClient(after.CreateClient(), "restart-1");
            await same.SendAsync("cheaper shipping", ct);

            var response = Assert.Single(await after.Services.GetRequiredService<ResponseQueries>().LatestAsync(10, ct));
            Assert.Equal(NpsCategory.Passive, response.Category);
            Assert.Equal("cheaper shipping", response.Reason);
        }
        finally
        {
            ServerFactory.DeleteData(data);
        }
    }
}
