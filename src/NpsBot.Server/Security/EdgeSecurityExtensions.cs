using Microsoft.Extensions.Options;

namespace NpsBot.Server.Security;

/// <summary>
/// The server's edges (issue 7): trusted proxies only, structured JSON logs (a newline a customer sends stays inside
/// its field), security headers on every response. Host filtering (AllowedHosts) is the host's own middleware.
/// </summary>
public static class EdgeSecurityExtensions
{
    public static WebApplicationBuilder AddEdgeSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName)
            .Validate(options => options.FirstInvalid() is null, "ForwardedHeaders:KnownProxies must be IP addresses and ForwardedHeaders:KnownNetworks CIDR networks (10.0.0.0/8).")
            .ValidateOnStart();
        builder.Services.AddSingleton<IPostConfigureOptions<ForwardedHeadersOptions>, ForwardedHeadersSetup>();

        // One JSON object per line: what customers send (ids, names) is a JSON string value, so it cannot start a line.
        builder.Logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }

    /// <summary>Forwarded headers (from configured proxies only) first, so the rate limiter and the loopback check see the client.</summary>
    public static WebApplication UseEdgeSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Any)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        return app;
    }
}
