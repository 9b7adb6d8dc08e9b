using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>Reads JSON bodies with a size limit; a bad body is a 400 with Direct Line's error shape, never a 500.</summary>
public static class DirectLineBody
{
    private const int OptionalBodyLimit = 16 * 1024;

    /// <summary>An optional JSON body (empty = null).</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var (bytes, error) = await ReadBytesAsync(request, OptionalBodyLimit, cancellationToken);
        if (bytes is null || bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            return (null, error);
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(bytes, ActivityJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, BadArgument($"The body is not valid JSON: {ex.Message}"));
        }
    }

    /// <summary>The posted activity; it needs a type.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (bytes, error) = await ReadBytesAsync(request, maxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, error);
        }

        try
        {
            var activity = bytes.Length == 0 ? null : JsonSerializer.Deserialize<Activity>(bytes, ActivityJson.Options);
            return activity is { Type.Length: > 0 } ? (activity, null) : (null, BadArgument("An activity with a 'type' is expected."));
        }
        catch (JsonException ex)
        {
            return (null, BadArgument($"The body is not a valid activity: {ex.Message}"));
        }
    }

    private static async Task<(byte[]? Bytes, IResult? Error)> ReadBytesAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken) =>
        await LimitedBody.ReadAsync(request, maxBytes, cancellationToken) is { } bytes ? (bytes, null) : (null, TooLarge(maxBytes));

    private static IResult BadArgument(string message) => DirectLineResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, message);

    private static IResult TooLarge(int maxBytes) =>
        DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The body is larger than the {maxBytes} bytes accepted.");
}
