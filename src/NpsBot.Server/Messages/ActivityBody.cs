using NpsBot.Channels.BotFrameworkConnector;
using NpsBot.Channels.BotFrameworkConnector.Authentication;
using NpsBot.Channels.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Messages;

/// <summary>
/// Reads an Activity from a request body: size limit first, then JSON, then the fields a turn cannot do without, then the
/// token's word on channel and serviceUrl (401), or the serviceUrl policy of local mode; all before anything is stored. The Content-Type is not looked at, as the Bot Framework SDK does not.
/// </summary>
public static class ActivityBody
{
    /// <summary>The activity, or the problem to answer with: status, reason and the field it is about (a JSON path).</summary>
    public sealed record Outcome(Activity? Activity, int Status, string? Problem, string? Field = null);

    public static async Task<Outcome> ReadAsync(
        HttpRequest request, int maxBytes, ServiceUrlPolicy serviceUrls, ConnectorIdentity? identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrls);
        var body = await LimitedBody.ReadAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        var read = ActivityReader.Read(body);
        if (read.Error is { } error)
        {
            return Bad(error.Reason, error.Field);
        }

        return read.Value is { } activity ? Validate(activity, serviceUrls, identity) : Bad("The body is empty; an Activity JSON object is expected.", "$");
    }

    private static Outcome Validate(Activity activity, ServiceUrlPolicy serviceUrls, ConnectorIdentity? identity)
    {
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Bad("The activity has no 'conversation.id'.", "$.conversation.id");
        }

        if (ActivityLimits.FirstOverlongField(activity) is { } field)
        {
            return Bad($"The activity's '{field}' is longer than {ActivityLimits.MaxIdLength} characters.", "$." + field);
        }

        // A channel's token vouches for one channel and one serviceUrl: only that serviceUrl is ever stored or posted to.
        if (identity is { IsEmulator: false })
        {
            var refusal401 = identity.RefusalFor(activity.ChannelId, activity.ServiceUrl)
                ?? ServiceUrlPolicy.RefusalWhenVouched(activity.ServiceUrl, identity.ServiceUrl);
            return refusal401 is null ? new Outcome(activity, StatusCodes.Status200OK, null) : Unauthorized(refusal401);
        }

        // expectReplies answers in the response, so it needs no serviceUrl; one that is sent anyway is still stored with the turn.
        var expectsReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (expectsReplies && activity.ServiceUrl is null)
        {
            return new Outcome(activity, StatusCodes.Status200OK, null);
        }

        // Local mode, or an Emulator token (which vouches for no serviceUrl): loopback or allow-listed hosts only.
        var refusal = serviceUrls.RefusalInLocalMode(activity.ServiceUrl);
        if (refusal is not null)
        {
            var hint = expectsReplies ? "" : " (or send deliveryMode 'expectReplies' to get the replies in the response)";
            return Bad(refusal + hint, ServiceUrlPolicy.Field);
        }

        return new Outcome(activity, StatusCodes.Status200OK, null);
    }

    private static Outcome Unauthorized(string reason) => new(null, StatusCodes.Status401Unauthorized, reason, ServiceUrlPolicy.Field);

    private static Outcome Bad(string reason, string field) => new(null, StatusCodes.Status400BadRequest, reason, field);

    private static Outcome TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than the {maxBytes} bytes accepted.", "$");
}
