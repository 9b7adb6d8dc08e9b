using Microsoft.AspNetCore.Http;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>
/// Reads JSON bodies with a size limit; a bad body is a 400 with Direct Line's error shape whose message names the field
/// (a JSON path), never a 500 and never an internal type name. The Content-Type is not looked at (DirectLineJS always
/// sends JSON; the Bot Framework SDK does not check it either).
/// </summary>
public static class DirectLineBody
{
    private const int OptionalBodyLimit = 16 * 1024;

    /// <summary>An optional JSON object body (empty = null).</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var (bytes, error) = await ReadBytesAsync(request, OptionalBodyLimit, cancellationToken);
        if (bytes is null)
        {
            return (null, error);
        }

        var read = JsonBodyReader.Read<T>(bytes, ActivityJson.Inbound);
        return read.Error is { } bad ? (null, BadArgument(bad)) : (read.Value, null);
    }

    /// <summary>The posted activity; it needs a type.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (bytes, error) = await ReadBytesAsync(request, maxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, error);
        }

        var read = ActivityReader.Read(bytes);
        if (read.Error is { } bad)
        {
            return (null, BadArgument(bad));
        }

        return read.Value is { } activity ? (activity, null) : (null, BadArgument(new JsonBodyError("$", "An activity with a 'type' is expected; the body is empty.")));
    }

    private static async Task<(byte[]? Bytes, IResult? Error)> ReadBytesAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken) =>
        await LimitedBody.ReadAsync(request, maxBytes, cancellationToken) is { } bytes ? (bytes, null) : (null, TooLarge(maxBytes));

    private static IResult BadArgument(JsonBodyError error) => DirectLineResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, error.Reason);

    private static IResult TooLarge(int maxBytes) =>
        DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The body is larger than the {maxBytes} bytes accepted.");
}
