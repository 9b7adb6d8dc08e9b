using System.Net;
using System.Net.Sockets;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// The SSRF guard of webhooks: a target must be https and every address its host resolves to must be public (not
/// loopback, private, link-local, carrier-grade NAT, unique-local, multicast or unspecified), unless
/// <c>Webhooks:AllowPrivateTargets=true</c> (then http and any address are allowed: a lab, the tests). Checked when a
/// subscription is made, and again at delivery on the address actually connected to (the connect callback below), so a
/// host that re-resolves to an inside address later (DNS rebinding) is refused too. The address ranges are written here
/// by hand: .NET has no "is this address public" check.
/// </summary>
public sealed class WebhookTargetGuard(IConfiguration configuration)
{
    public const string AllowPrivateTargetsKey = "Webhooks:AllowPrivateTargets";

    public bool AllowPrivateTargets { get; } = configuration.GetValue(AllowPrivateTargetsKey, false);

    /// <summary>Why <paramref name="url"/> may not be a webhook target, or null when it may.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (SchemeRefusal(url) is { } refused)
        {
            return refused;
        }

        if (AllowPrivateTargets)
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            var host = url.HostNameType == UriHostNameType.IPv6 ? url.Host.Trim('[', ']') : url.IdnHost;
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{url.Host}' does not resolve.";
        }

        return addresses.Length == 0 ? $"The host '{url.Host}' does not resolve."
            : addresses.FirstOrDefault(IsInside) is { } inside ? $"The host '{url.Host}' resolves to {inside}, an address inside a private network or this machine ({AllowPrivateTargetsKey} allows it)."
            : null;
    }

    /// <summary>Why the URL's scheme is refused (not https), or null; the addresses are checked at connect time.</summary>
    public string? SchemeRefusal(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme == Uri.UriSchemeHttps || (AllowPrivateTargets && url.Scheme == Uri.UriSchemeHttp) ? null : "The URL must be an https address.";
    }

    /// <summary>The delivery client's connect step: resolves the host and connects only to a public address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!AllowPrivateTargets && addresses.FirstOrDefault(IsInside) is { } inside)
        {
            throw new WebhookTargetRefusedException($"The webhook host '{endpoint.Host}' resolves to {inside}, an address inside a private network or this machine.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>True for an address that is not on the public internet.</summary>
    public static bool IsInside(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,          // carrier-grade NAT 100.64.0.0/10
                169 => b[1] == 254,                       // link-local (cloud metadata 169.254.169.254)
                172 => b[1] is >= 16 and <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2) || (b[1] == 88 && b[2] == 99),
                198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
                203 => b[1] == 0 && b[2] == 113,
                >= 224 => true,                           // multicast and reserved
                _ => false,
            };
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
            || (address.GetAddressBytes() is [0x20, 0x01, 0x0d, 0xb8, ..]); // documentation 2001:db8::/32
    }
}
