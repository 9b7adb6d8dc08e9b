using System.Net;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// A test server, once disposed, is collected: nothing process-wide keeps it (the suite starts hundreds of them in one
/// process; when the EventSource logging kept each one reachable, the process held gigabytes of disposed servers and
/// spent its time in full collections). See <see cref="ShortLivedTestHost"/>.
/// </summary>
public sealed class DisposedServerTests
{
    [Fact]
    public async Task A_server_that_answered_a_request_and_was_disposed_is_collected()
    {
        StartSqlitePoolOutsideAnyServer();
        var (factory, services) = await AnswerOnceAndDisposeAsync();

        for (var attempt = 0; attempt < 20 && (factory.IsAlive || services.IsAlive); attempt++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.False(factory.IsAlive, "The disposed server factory is still reachable.");
        Assert.False(services.IsAlive, "The disposed server's service provider is still reachable.");
    }

    // Microsoft.Data.Sqlite's connection pool is process-wide, and its pruning timer, made when the first pooled
    // connection opens, keeps the execution context of that moment (and in it the server that was starting): one server
    // per process, not a leak, but it must not be the one this test watches.
    private static void StartSqlitePoolOutsideAnyServer()
    {
        var file = Path.Combine(Path.GetTempPath(), $"npsbot-pool-{Guid.NewGuid():N}.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=true"))
        {
            connection.Open();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    // Its own method, so that no local of the test keeps the server: only the weak references leave it.
    private static async Task<(WeakReference Factory, WeakReference Services)> AnswerOnceAndDisposeAsync()
    {
        var server = new ServerFactory();
        var data = server.DataDirectory;
        using (var client = server.CreateClient())
        using (var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var references = (new WeakReference(server), new WeakReference(server.Services));
        await server.DisposeAsync();
        server = null;
        ServerFactory.DeleteData(data);
        return references;
    }
}
