using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NpsBot.Channels.BotFrameworkConnector.Authentication;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Sends bot activities to a channel's Bot Connector REST API v3 (reply-to-activity, or send-to-conversation when the
/// reply answers nothing; update-activity for a card replaced by its answer), each with the bot's bearer token when
/// connector authentication is on; a 401 gets a fresh token and one more try. It does not retry otherwise: delivery goes
/// through the durable work queue (<see cref="ReplyDeliveryHandler"/>), which retries with backoff and honours 429 Retry-After.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens)
{
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(activity, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>POSTs the activity and returns the channel's answer whatever its status (the caller disposes it).</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity, CancellationToken cancellationToken) =>
        SendWithTokenAsync(HttpMethod.Post, ActivityUrl(activity), activity, cancellationToken);

    /// <summary>PUTs <paramref name="activity"/> in place of the activity <paramref name="activityId"/> (update activity).</summary>
    public Task<HttpResponseMessage> UpdateAsync(Activity activity, string activityId, CancellationToken cancellationToken) =>
        SendWithTokenAsync(HttpMethod.Put, UpdateUrl(activity, activityId), activity with { Id = activityId, ReplyToId = null }, cancellationToken);

    /// <summary>serviceUrl may carry a path (".../amer/"), so the v3 path is appended to it, never put in its place.</summary>
    public static Uri ActivityUrl(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = ConversationPath(activity);
        if (activity.ReplyToId is { } replyToId)
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return Under(activity, path);
    }

    public static Uri UpdateUrl(Activity activity, string activityId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Under(activity, ConversationPath(activity) + "/" + Uri.EscapeDataString(activityId));
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpMethod method, Uri url, Activity activity, CancellationToken cancellationToken)
    {
        var response = await SendOnceAsync(method, url, activity, await tokens.GetTokenAsync(false, cancellationToken), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || await tokens.GetTokenAsync(true, cancellationToken) is not { } fresh)
        {
            return response;
        }

        // The connector refused the token (revoked, rotated secret): one more try with a new one, then the 401 stands.
        response.Dispose();
        return await SendOnceAsync(method, url, activity, fresh, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri url, Activity activity, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(activity, options: ActivityJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    private static string ConversationPath(Activity activity)
    {
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        return $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
    }

    private static Uri Under(Activity activity, string path)
    {
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        return new Uri(serviceUrl.EndsWith('/') ? serviceUrl + path : serviceUrl + "/" + path);
    }
}
