using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace NpsBot.Server.Hosting;

/// <summary>Says where the server listens and whether it runs in local (no token) mode, once it has started.</summary>
public static class StartupBanner
{
    public static void Announce(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var options = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("NpsBot is listening on {Address} (messaging endpoint {Address}/api/messages)", address, address);
            }

            if (string.IsNullOrEmpty(options.MicrosoftAppId))
            {
                app.Logger.LogWarning("Local mode: no Bot:MicrosoftAppId is configured, so activities are accepted without a token (as the Bot Framework Emulator does). Do not expose this port.");
            }
        });
    }
}
