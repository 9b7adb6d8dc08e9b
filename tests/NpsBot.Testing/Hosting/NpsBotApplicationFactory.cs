using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NpsBot.Testing.Bots;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// The NpsBot server for tests: its own data folder (so Direct Line makes its secret there), a known customer signing
/// key, a short keep-alive, a high token rate limit, and /api/messages in local development (callers are loopback,
/// see <see cref="TestCallerAddress"/>). The bot and store come from <see cref="TestSurvey"/> (the
/// channel tests' double); <see cref="RealSurveyApplicationFactory"/> keeps the host's own survey and SQLite store.
/// </summary>
public class NpsBotApplicationFactory : WebApplicationFactory<Program>
{
    public const string CustomerSigningKey = "customer-signing-key-for-tests-0123456789";
    public const string OtherOrigin = "http://shop.example";

    private readonly string? _sharedDataDirectory;
    private readonly Lazy<string> _ownDataDirectory = new(() => Directory.CreateTempSubdirectory("npsbot-tests-").FullName);

    /// <summary>
    /// The server's data folder: a fresh one of its own (deleted when the server is disposed) unless set, as for a
    /// restarted server or a second instance on the same database (the caller deletes that one).
    /// </summary>
    public string DataDirectory
    {
        get => _sharedDataDirectory ?? _ownDataDirectory.Value;
        init => _sharedDataDirectory = value;
    }

    /// <summary>The server's warnings and errors, so that a failing test can say what went wrong on the server's side.</summary>
    public CapturedLogs Logs { get; } = new(LogLevel.Warning);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        TrainedModels.CopyInto(DataDirectory);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        ShortLivedTestHost.Configure(builder);
        foreach (var (key, value) in TestStorage.Settings(DataDirectory))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("WebChat:CustomerSigningKey", CustomerSigningKey);
        builder.UseSetting("WebChat:TokenRequestsPerMinute", "10000");
        builder.UseSetting("RateLimits:DirectLinePerMinute", "10000");
        builder.UseSetting("DirectLine:KeepAliveInterval", "00:00:00.500");
        builder.UseSetting("DirectLine:AllowedOrigins:0", OtherOrigin);
        builder.UseSetting("WebChat:FrameAncestors", $"'self' {OtherOrigin}");
        builder.UseSetting("Bot:LocalDevelopment", "true");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestCallerAddress>());
        ConfigureBot(builder);
    }

    /// <summary>Chooses the bot and turn store: here the scripted survey in memory, so channel tests check the wire alone.</summary>
    protected virtual void ConfigureBot(IWebHostBuilder builder) => builder.ConfigureTestServices(TestSurvey.Register);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _sharedDataDirectory is null && _ownDataDirectory.IsValueCreated)
        {
            TestStorage.Delete(DataDirectory);
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
