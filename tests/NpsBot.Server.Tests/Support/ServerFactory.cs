using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// The whole server on its own temporary data folder (a real SQLite file, or its own PostgreSQL database: see
/// <see cref="TestStorage"/>), removed by <see cref="DeleteData"/>; /api/messages in local
/// development with loopback callers (<see cref="TestCallerAddress"/>) unless the settings say otherwise.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    public ServerFactory(
        string? dataDirectory = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null,
        TimeProvider? clock = null)
    {
        Clock = clock;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));
        Settings = settings ?? new Dictionary<string, string?>();
        Configure = configure;
        TrainedModels.CopyInto(DataDirectory);
    }

    public string DataDirectory { get; }

    private IReadOnlyDictionary<string, string?> Settings { get; }

    private Action<IWebHostBuilder>? Configure { get; }

    /// <summary>The server's clock when a test sets one (business hours, SLA deadlines); the system clock otherwise.</summary>
    private TimeProvider? Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        ShortLivedTestHost.Configure(builder);
        foreach (var (key, value) in TestStorage.Settings(DataDirectory))
        {
            builder.UseSetting(key, value);
        }

        // /api/messages is open to these tests' loopback client only in local development (edge security, issue 7).
        builder.UseSetting("Bot:LocalDevelopment", "true");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestCallerAddress>());

        // Every test client is the same loopback address: abuse limits high unless a test's settings set them (AbuseLimitTests).
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:DirectLinePerMinute", "10000");
        builder.UseSetting("RateLimits:ApiPerMinute", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        Configure?.Invoke(builder);

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>Disposes the server, then deletes its data folder (and PostgreSQL database): for a server no other follows on.</summary>
    public async ValueTask DisposeWithDataAsync()
    {
        await DisposeAsync();
        DeleteData(DataDirectory);
    }

    /// <summary>Deletes the data folder (and its PostgreSQL database); call after the last factory on it is disposed.</summary>
    public static void DeleteData(string dataDirectory)
    {
        TestStorage.Delete(dataDirectory);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
