using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Cli;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Tests.Cli;

public sealed class DeadLettersVerbTests
{
    [Fact]
    public async Task The_verb_lists_dead_letters_with_their_reason_and_requeues_them()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new ServerFactory();
        var contexts = server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        long id;
        await using (var context = await contexts.CreateDbContextAsync(ct))
        {
            var row = new WorkItemRecord
            {
                Kind = "reply.deliver", Payload = "[]", State = WorkItemStates.Dead, Attempts = 8,
                LastError = "The channel answered 400 (Bad Request)", DueAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow.AddMinutes(-3),
            };
            context.WorkItems.Add(row);
            await context.SaveChangesAsync(ct);
            id = row.Id;
        }

        var verb = ActivatorUtilities.CreateInstance<DeadLettersVerb>(server.Services);
        var listed = new StringWriter();
        var listExit = await verb.RunAsync(null, listed, TextWriter.Null, ct);
        var retried = new StringWriter();
        var retryExit = await verb.RunAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), retried, TextWriter.Null, ct);
        var wrong = new StringWriter();
        var wrongExit = await verb.RunAsync("nonsense", TextWriter.Null, wrong, ct);

        Assert.Equal(0, listExit);
        Assert.Contains($"{id}\treply.deliver\t8\t3m", listed.ToString(), StringComparison.Ordinal);
        Assert.Contains("The channel answered 400 (Bad Request)", listed.ToString(), StringComparison.Ordinal);
        Assert.Equal((0, "Re-queued 1 job(s)."), (retryExit, retried.ToString().Trim()));
        Assert.Equal(2, wrongExit);
        Assert.Contains("'nonsense'", wrong.ToString(), StringComparison.Ordinal);
    }
}
