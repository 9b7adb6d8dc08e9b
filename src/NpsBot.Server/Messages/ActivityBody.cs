using System.Text.Json;
using NpsBot.Channels.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Messages;

/// <summary>Reads an Activity from a request body: size limit first, then JSON, then the fields a turn cannot do without.</summary>
public static class ActivityBody
{
    /// <summary>The activity, or the problem (status + reason) to answer with.</summary>
    public sealed record Outcome(Activity? Activity, int Status, string? Problem);

    public static async Task<Outcome> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var body = await LimitedBody.ReadAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException ex)
        {
            return Bad($"The body is not a valid activity: {ex.Message}");
        }

        return Validate(activity);
    }

    private static Outcome Validate(Activity? activity)
    {
        if (activity is null)
        {
            return Bad("The body is empty or null; an Activity JSON object is expected.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Bad("The activity has no 'type'.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Bad("The activity has no 'conversation.id'.");
        }

        if (ActivityLimits.FirstOverlongId(activity) is { } field)
        {
            return Bad($"The activity's '{field}' is longer than {ActivityLimits.MaxIdLength} characters.");
        }

        var expectsReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!expectsReplies && !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
        {
            return Bad("The activity needs an absolute 'serviceUrl' to receive replies (or deliveryMode 'expectReplies').");
        }

        return new Outcome(activity, StatusCodes.Status200OK, null);
    }

    private static Outcome Bad(string reason) => new(null, StatusCodes.Status400BadRequest, reason);

    private static Outcome TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than the {maxBytes} bytes accepted.");
}
