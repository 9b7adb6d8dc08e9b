using System.Net;

namespace NpsBot.Server.Security;

/// <summary>
/// The "ForwardedHeaders" section: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty
/// (the default) = none: the headers are ignored, whoever sends them, even with ASPNETCORE_FORWARDEDHEADERS_ENABLED
/// (issue 7: X-Forwarded-For bypassed the token rate limit).
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies ("10.0.0.5", "::1").</summary>
    public List<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR form ("10.0.0.0/8").</summary>
    public List<string> KnownNetworks { get; } = [];

    /// <summary>True when at least one proxy or network is trusted.</summary>
    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The first entry that is not an address or a network, or null when all parse.</summary>
    public string? FirstInvalid() =>
        KnownProxies.FirstOrDefault(proxy => !IPAddress.TryParse(proxy, out _))
        ?? KnownNetworks.FirstOrDefault(network => !IPNetwork.TryParse(network, out _));
}
