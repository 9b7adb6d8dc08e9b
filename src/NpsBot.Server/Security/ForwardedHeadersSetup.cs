using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NpsBot.Server.Security;

/// <summary>
/// Runs after every other configuration of <see cref="ForwardedHeadersOptions"/> (the host's own, switched on by
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED, trusts every sender): only the configured proxies are trusted, and only
/// X-Forwarded-For and X-Forwarded-Proto are read (the Host header stays the one host filtering checked); with no
/// proxy configured, no forwarded header is read.
/// </summary>
public sealed class ForwardedHeadersSetup(IOptions<ProxyOptions> proxies) : IPostConfigureOptions<ForwardedHeadersOptions>
{
    public void PostConfigure(string? name, ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();

        // The middleware trusts every sender when both lists are empty (that is how the host's switch works), so with no
        // proxy configured nothing may be read at all.
        options.ForwardedHeaders = proxies.Value.Any ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
        foreach (var proxy in proxies.Value.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in proxies.Value.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
