using System.Globalization;
using Microsoft.AspNetCore.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>Small readings of a request that several Direct Line endpoints share.</summary>
public static class DirectLineRequest
{
    /// <summary>A watermark as clients replay it; missing, empty or unreadable means "from the start" (clients drop duplicates by id).</summary>
    public static long Watermark(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) ? watermark : 0;

    /// <summary>
    /// The externally visible base URL with a trailing slash: <see cref="DirectLineOptions.PublicBaseUrl"/> when set, else
    /// the request's scheme, host (vetted by AllowedHosts before it gets here) and path base.
    /// </summary>
    public static string BaseUrl(HttpRequest request, DirectLineOptions options) =>
        options.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') + "/" : $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>The WebSocket URL of a conversation's stream, pre-authorized with a stream token, on the same base as <see cref="BaseUrl"/>.</summary>
    public static string StreamUrl(HttpRequest request, DirectLineOptions options, string conversationId, long watermark, string streamToken)
    {
        var baseUrl = new Uri(BaseUrl(request, options));
        var scheme = baseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return $"{scheme}://{baseUrl.Authority}{baseUrl.AbsolutePath.TrimEnd('/')}{DirectLineEndpoints.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(streamToken)}";
    }

    /// <summary>The language the client prefers most in Accept-Language ("*" ignored), or null when it names none.</summary>
    public static string? PreferredLocale(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(language => language.Value.HasValue && language.Value != "*" && language.Quality is not <= 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value)
            .FirstOrDefault(language => language is { Length: <= ActivityLimits.MaxLocaleLength });

    /// <summary>A new random id with a readable prefix ("dl_" for users, as Direct Line requires for token-bound ids).</summary>
    public static string NewId(string prefix = "") => prefix + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
}
