using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// The whole server for input tests: local development switched on (as the Emulator needs), the token rate limit out of
/// the way, every log entry captured, and optionally some services replaced.
/// </summary>
public sealed class InputServer : IAsyncDisposable
{
    private readonly ServerFactory _server;

    public InputServer(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?> { ["Bot:LocalDevelopment"] = "true", ["WebChat:TokenRequestsPerMinute"] = "100000" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _server = new ServerFactory(settings: all);
        Factory = _server.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
    }

    public CapturedLogs Logs { get; } = new();

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>The Direct Line secret the server made in its data folder.</summary>
    public string DirectLineSecret => Factory.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secrets[0];

    /// <summary>The error entries with their exceptions, for a failure message.</summary>
    public string ErrorReport() => string.Join("\n", Logs.Errors.Select(entry => $"{entry}\n{entry.Exception}"));

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _server.DisposeWithDataAsync();
    }
}
