using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>Small readings of a request that several Direct Line endpoints share.</summary>
public static class DirectLineRequest
{
    /// <summary>A watermark as clients replay it; missing, empty or unreadable means "from the start" (clients drop duplicates by id).</summary>
    public static long Watermark(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) ? watermark : 0;

    /// <summary>The externally visible base URL (scheme, host, path base) with a trailing slash.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>The WebSocket URL of a conversation's stream, pre-authorized with a stream token.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, long watermark, string streamToken)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(streamToken)}";
    }

    /// <summary>The language the client prefers most in Accept-Language ("*" ignored), or null when it names none.</summary>
    public static string? PreferredLocale(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(language => language.Value.HasValue && language.Value != "*" && language.Quality is not <= 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value)
            .FirstOrDefault();

    /// <summary>A new random id with a readable prefix ("dl_" for users, as Direct Line requires for token-bound ids).</summary>
    public static string NewId(string prefix = "") => prefix + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
}
