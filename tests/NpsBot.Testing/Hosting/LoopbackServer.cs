using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// A bare Kestrel app on a free loopback port: the base of the tests' stand-ins for services outside this machine
/// (a Bot Framework connector, Twilio, a webhook receiver), which speak the real wire format over real HTTP.
/// </summary>
public static class LoopbackServer
{
    /// <summary>An app to map the stand-in's routes on; start it with <see cref="StartAsync"/>.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>Starts the app and returns its base address (<c>http://127.0.0.1:port</c>).</summary>
    public static async Task<string> StartAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync(cancellationToken);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
