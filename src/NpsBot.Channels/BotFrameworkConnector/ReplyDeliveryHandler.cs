using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Runs <c>reply.deliver</c> jobs: POSTs a turn's replies to the channel one after another. A 429 comes back at its
/// Retry-After; 408, 5xx, timeouts and network errors are retried with backoff by the queue; any other 4xx and an
/// unusable serviceUrl (not http(s), a host that does not resolve) are dead letters at once. Replies without an id get
/// one made of the job's id and their position, so a channel (or a test sink) can tell a re-sent reply from a new one.
/// </summary>
public sealed class ReplyDeliveryHandler(ConnectorClient connector, SealedReplies seal, TimeProvider clock) : IWorkHandler
{
    /// <summary>The wait after a 429 that names no Retry-After.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public string Kind => ReplyDeliveryWork.Kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var replies = Read(item);
        for (var index = 0; index < replies.Count; index++)
        {
            // Teams gets its 0–10 question as an Adaptive Card (drawn here, at delivery, from the suggested actions).
            var reply = Teams.ScoreCard.Render(replies[index] with { Id = replies[index].Id ?? $"{item.Id}-{index}" });
            CheckUrl(reply);
            using var response = await PostAsync(reply, cancellationToken);
            Check(response, reply);
        }
    }

    private List<Activity> Read(WorkItem item)
    {
        try
        {
            return seal.Open(item.Payload)
                ?? throw new WorkFailedPermanentlyException("The payload is null, not a list of replies.");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or System.Security.Cryptography.CryptographicException)
        {
            throw new WorkFailedPermanentlyException("The payload is not a JSON list of replies (or its seal cannot be opened).", ex);
        }
    }

    private static void CheckUrl(Activity reply)
    {
        Uri url;
        try
        {
            url = ConnectorClient.ActivityUrl(reply);
        }
        catch (Exception ex) when (ex is InvalidOperationException or UriFormatException)
        {
            throw new WorkFailedPermanentlyException($"The reply cannot be addressed: {ex.Message}", ex);
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new WorkFailedPermanentlyException($"The serviceUrl's scheme '{url.Scheme}' is not http or https.");
        }
    }

    private async Task<HttpResponseMessage> PostAsync(Activity reply, CancellationToken cancellationToken)
    {
        try
        {
            return await connector.PostAsync(reply, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound })
        {
            throw new WorkFailedPermanentlyException($"The serviceUrl's host does not resolve ({reply.ServiceUrl}).", ex);
        }
    }

    private void Check(HttpResponseMessage response, Activity reply)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new RetryWorkLaterException(RetryAfter(response), $"The channel answered 429 (too many requests) for {reply.ServiceUrl}.");
        }

        if (status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.RequestTimeout)
        {
            throw new WorkFailedPermanentlyException($"The channel answered {status} ({response.ReasonPhrase}) for {reply.ServiceUrl}.");
        }

        throw new HttpRequestException($"The channel answered {status} ({response.ReasonPhrase}) for {reply.ServiceUrl}.", null, response.StatusCode);
    }

    private TimeSpan RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => DefaultRetryAfter,
    };
}
