using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using NpsBot.Server.Messages;

namespace NpsBot.Server.Hosting;

/// <summary>Says where the server listens and who may use /api/messages (closed, or local development for loopback callers), once it has started.</summary>
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
                // One placeholder per value: a repeated name would repeat the key in the JSON log entry.
                app.Logger.LogInformation("NpsBot is listening on {Address}: the web chat at /, the messaging endpoint at /api/messages", address);
            }

            var authentication = app.Services.GetRequiredService<IOptions<NpsBot.Channels.BotFrameworkConnector.Authentication.BotAuthenticationOptions>>().Value;
            if (authentication.IsEnabled)
            {
                app.Logger.LogInformation(
                    "Bot Framework connector authentication is on ({AppType}, app id {AppId}): /api/messages needs a valid channel or Emulator token",
                    authentication.MicrosoftAppType, authentication.MicrosoftAppId);
                if (options.LocalDevelopment)
                {
                    app.Logger.LogWarning("Bot:LocalDevelopment is ignored: a MicrosoftAppId is set, so every request to /api/messages needs a token.");
                }
            }
            else if (options.LocalDevelopment)
            {
                app.Logger.LogWarning(
                    "Local development (Bot:LocalDevelopment=true): /api/messages accepts activities without a token from callers on this machine (loopback) only, as the Bot Framework Emulator needs. Do not run it like this behind a reverse proxy on the same machine.");
            }
            else
            {
                app.Logger.LogInformation("{Reason}", MessagesAccessFilter.ClosedReason);
            }

            if (app.Configuration["AllowedHosts"] is null or "*")
            {
                app.Logger.LogWarning("AllowedHosts is '*': any Host header is accepted. List the host names this server is reached by.");
            }
        });
    }
}
