using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.ScaleOut;

/// <summary>The PostgreSQL server of the scale-out tests' class (started for it unless the run gives one).</summary>
public sealed class ScaleOutPostgres : IAsyncLifetime
{
    public TestPostgres Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await TestPostgres.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
