using Microsoft.Extensions.Time.Testing;
using NpsBot.Conversations.Work;
using NpsBot.Storage.Work;

namespace NpsBot.Storage.Tests.Work;

/// <summary>A test database with work-queue stores on a fake clock; each store is one server instance.</summary>
public sealed class WorkQueueFixture : IAsyncDisposable
{
    private WorkQueueFixture(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; } = new(Turns.Start);

    public static WorkQueueOptions DefaultOptions => new()
    {
        LeaseDuration = TimeSpan.FromMinutes(1),
        MaxAttempts = 4,
        RetryBaseDelay = TimeSpan.FromSeconds(10),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
    };

    public static async Task<WorkQueueFixture> CreateAsync() => new(await TestDatabase.CreateAsync());

    /// <summary>A queue store as one instance sees it, named <paramref name="instanceId"/>.</summary>
    public SqliteWorkQueueStore Instance(string instanceId, WorkQueueOptions? options = null)
    {
        var settings = options ?? DefaultOptions;
        settings.InstanceId = instanceId;
        return new SqliteWorkQueueStore(Database.Store, Database.Options, Microsoft.Extensions.Options.Options.Create(settings), Clock);
    }

    public WorkRequest Job(string payload, string? orderKey = null, TimeSpan? dueIn = null) =>
        new("test.job", payload, Clock.GetUtcNow() + (dueIn ?? TimeSpan.Zero)) { OrderKey = orderKey };

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
