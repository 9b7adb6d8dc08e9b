using System.Net;
using Microsoft.Extensions.Options;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Decides whether a serviceUrl may be stored and posted to, before anything is stored (issue 7): an absolute http or
/// https URL without user info, and then either a loopback or allow-listed host (local mode, where nobody vouches for
/// the caller) or exactly the serviceUrl a validated channel token vouches for (spec A7560). Otherwise anyone who can
/// reach /api/messages could make the server post wherever they like.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<ServiceUrlOptions> options)
{
    public const string Field = "$.serviceUrl";

    private const int MaxLength = 2048;

    /// <summary>Why an unauthenticated caller's serviceUrl is refused, or null when it is acceptable.</summary>
    public string? RefusalInLocalMode(string? serviceUrl)
    {
        if (Shape(serviceUrl, out var uri) is { } refusal)
        {
            return refusal;
        }

        if (IsLoopback(uri) || options.Value.ServiceUrlAllowList.Any(host => string.Equals(host.Trim('[', ']'), uri.IdnHost.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return $"The 'serviceUrl' host '{uri.Host}' is neither loopback nor in Bot:ServiceUrlAllowList, and without connector authentication nothing vouches for it.";
    }

    /// <summary>Why a serviceUrl is refused when a validated token vouches for <paramref name="vouchedServiceUrl"/> (its serviceurl claim), or null.</summary>
    public static string? RefusalWhenVouched(string? serviceUrl, string? vouchedServiceUrl)
    {
        if (Shape(serviceUrl, out _) is { } refusal)
        {
            return refusal;
        }

        return string.Equals(serviceUrl, vouchedServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The 'serviceUrl' is not the one the channel's token vouches for.";
    }

    private static string? Shape(string? serviceUrl, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            return "The 'serviceUrl' is missing.";
        }

        if (serviceUrl.Length > MaxLength)
        {
            return $"The 'serviceUrl' is longer than {MaxLength} characters.";
        }

        // On Unix "/path" parses as an absolute file: URI, so the scheme check below is what makes "absolute" mean a web address.
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed))
        {
            return "The 'serviceUrl' is not an absolute URL with a host.";
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            return $"The 'serviceUrl' scheme '{parsed.Scheme}' is not accepted; only http and https are.";
        }

        if (parsed.UserInfo.Length > 0)
        {
            return "The 'serviceUrl' carries user info (user:password@); it is not accepted.";
        }

        if (string.IsNullOrEmpty(parsed.Host))
        {
            return "The 'serviceUrl' is not an absolute URL with a host.";
        }

        uri = parsed;
        return null;
    }

    /// <summary>localhost, 127.0.0.0/8 and ::1 (also as an IPv4-mapped IPv6 address); names other than localhost are not resolved.</summary>
    private static bool IsLoopback(Uri uri)
    {
        if (uri.HostNameType == UriHostNameType.Dns)
        {
            return string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase);
        }

        if (!IPAddress.TryParse(uri.DnsSafeHost, out var address))
        {
            return false;
        }

        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }
}
