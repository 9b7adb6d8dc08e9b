using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Work;
using Microsoft.Extensions.Options;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// Runs "webhook.deliver": POSTs the event to the subscription's URL, signed (<see cref="WebhookSignature"/>) with a
/// fresh timestamp on every attempt. 2xx = done; 429 comes back at its Retry-After; 408, 5xx, timeouts and network
/// errors are retried with backoff by the queue and dead-lettered after <c>WorkQueue:MaxAttempts</c>; any other 4xx
/// is a dead letter at once. A removed subscription gets nothing more.
/// </summary>
public sealed class WebhookDeliveryHandler(
    IDbContextFactory<NpsBotDbContext> contexts, WebhookSubscriptionService subscriptions, WebhookTargetGuard guard, WebhookDeliveryLog deliveries,
    IOptions<WorkQueueOptions> queue, IHttpClientFactory http, TimeProvider clock)
    : IWorkHandler
{
    public const string HttpClientName = "webhooks";

    /// <summary>The wait after a 429 that names no Retry-After.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public string Kind => WebhookEventJobs.DeliveryKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var delivery = Read(item.Payload);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var subscription = await context.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(w => w.Id == delivery.SubscriptionId, cancellationToken);
        if (subscription is null || subscription.DisabledAt is not null)
        {
            return;
        }

        // Every attempt is recorded for the admin page (the outcome, the receiver's status or the error), then the
        // job's own outcome stands: done, retried by the queue, or a dead letter.
        int? status = null;
        try
        {
            status = await DeliverAsync(subscription, delivery, cancellationToken);
            await deliveries.RecordAsync(delivery, item.Attempt, status, WebhookDeliveryLog.Delivered, null, cancellationToken);
        }
        catch (WorkFailedPermanentlyException e)
        {
            await deliveries.RecordAsync(delivery, item.Attempt, status, WebhookDeliveryLog.Failed, e.Message, CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is RetryWorkLaterException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var outcome = e is HttpRequestException or TaskCanceledException && item.Attempt >= queue.Value.MaxAttempts ? WebhookDeliveryLog.Failed : WebhookDeliveryLog.Retrying;
            await deliveries.RecordAsync(delivery, item.Attempt, status ?? (int?)(e as HttpRequestException)?.StatusCode, outcome, e.Message, CancellationToken.None);
            throw;
        }
    }

    /// <summary>One signed POST; the receiver's status when it is a 2xx, else the failure to throw (the status goes with it).</summary>
    private async Task<int> DeliverAsync(WebhookSubscriptionRecord subscription, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        string secret;
        try
        {
            secret = subscriptions.SecretOf(subscription);
        }
        catch (CryptographicException e)
        {
            throw new WorkFailedPermanentlyException("The subscription's secret cannot be decrypted with this host's keys.", e);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Create(secret, clock.GetUtcNow().ToUnixTimeSeconds(), delivery.Body));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId);

        if (guard.SchemeRefusal(new Uri(subscription.Url)) is { } refusal)
        {
            throw new WorkFailedPermanentlyException(refusal);
        }

        // Network errors and the client's timeout propagate: the queue retries them with backoff.
        using var response = await SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return status;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var after = response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date - clock.GetUtcNow()) ?? DefaultRetryAfter;
            throw new RetryWorkLaterException(after > TimeSpan.Zero ? after : DefaultRetryAfter, "The receiver answered 429.");
        }

        if (status == 408 || status >= 500)
        {
            throw new HttpRequestException($"The receiver answered {status}.", null, response.StatusCode);
        }

        throw new WorkFailedPermanentlyException($"The receiver refused the event with {status}.");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookTargetRefusedException refused)
        {
            throw new WorkFailedPermanentlyException(refused.Message, e);
        }
    }

    private static WebhookDelivery Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<WebhookDelivery>(payload, WebhookEvent.Json)
                ?? throw new WorkFailedPermanentlyException("The payload is not a webhook delivery.");
        }
        catch (JsonException e)
        {
            throw new WorkFailedPermanentlyException("The payload is not a webhook delivery.", e);
        }
    }
}
