using System.Net.Http.Json;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Sends bot activities to a channel's Bot Connector REST API v3 (reply-to-activity, or send-to-conversation when the
/// reply answers nothing). It does not retry: delivery goes through the durable work queue
/// (<see cref="ReplyDeliveryHandler"/>), which retries with backoff and honours 429 Retry-After.
/// </summary>
public sealed class ConnectorClient(HttpClient http)
{
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(activity, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>POSTs the activity and returns the channel's answer whatever its status (the caller disposes it).</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, CancellationToken cancellationToken)
    {
        var url = ActivityUrl(activity);
        using var content = JsonContent.Create(activity, options: ActivityJson.Options);
        return await http.PostAsync(url, content, cancellationToken);
    }

    /// <summary>serviceUrl may carry a path (".../amer/"), so the v3 path is appended to it, never put in its place.</summary>
    public static Uri ActivityUrl(Activity activity)
    {
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { } replyToId)
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(serviceUrl.EndsWith('/') ? serviceUrl + path : serviceUrl + "/" + path);
    }
}
