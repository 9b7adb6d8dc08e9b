using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Conversations.Work;
using Twilio.Exceptions;

namespace NpsBot.Channels.Sms;

/// <summary>
/// Runs <c>sms.send</c> jobs: one message through the Messages API. Nothing is sent to a number that said STOP (Twilio
/// would refuse it with 21610 anyway). 429 and 5xx, timeouts and network errors are retried by the queue with backoff;
/// any other 4xx (a bad number, an opted-out recipient, a refused sender) is a dead letter at once.
/// </summary>
public sealed partial class SmsSendHandler(
    TwilioMessages messages, ISmsConsent consent, SmsDeliveryStore deliveries, IOptions<TwilioOptions> options, ILogger<SmsSendHandler> logger) : IWorkHandler
{
    /// <summary>Twilio's "the recipient has opted out" error.</summary>
    public const int OptedOutCode = 21610;

    /// <summary>The wait after a 429 (Twilio's error body names no retry time).</summary>
    public static readonly TimeSpan ThrottledWait = TimeSpan.FromSeconds(5);

    public string Kind => SmsSendWork.Kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var message = Read(item);
        if (await consent.IsOptedOutAsync(message.To, cancellationToken))
        {
            LogSkippedOptedOut(logger, item.Id);
            return;
        }

        // Replies are fitted before they are queued (SmsReplyFitter); only must-keep words longer than the budget get here.
        var segments = SmsSegments.Count(message.Body);
        if (segments > options.Value.MaxSegmentsPerMessage)
        {
            LogOverBudget(logger, item.Id, segments, SmsSegments.Encoding(message.Body), options.Value.MaxSegmentsPerMessage);
        }

        try
        {
            var sent = await messages.SendAsync(message, cancellationToken);
            if (sent.Sid is { Length: > 0 } sid)
            {
                await RecordAsync(sid, message.To, sent.Status?.ToString() ?? "queued", cancellationToken);
            }
        }
        catch (ApiException ex) when (ex.Status == 429)
        {
            throw new RetryWorkLaterException(ThrottledWait, $"Twilio answered 429 ({ex.Code}): {ex.Message}");
        }
        catch (ApiException ex) when (ex.Code == OptedOutCode)
        {
            // Twilio knows of a STOP we missed (sent before this server was the webhook): keep it, send nothing more.
            await consent.SetOptedOutAsync(message.To, optedOut: true, cancellationToken);
            throw new WorkFailedPermanentlyException($"Twilio refused the message: the recipient has opted out ({ex.Code}).", ex);
        }
        catch (ApiException ex) when (ex.Status is >= 400 and < 500 && ex.Status != 408)
        {
            throw new WorkFailedPermanentlyException($"Twilio answered {ex.Status} ({ex.Code}): {ex.Message}", ex);
        }
    }

    // Sent is sent: failing to note it must not make the queue send the message again.
    private async Task RecordAsync(string sid, string to, string status, CancellationToken cancellationToken)
    {
        try
        {
            await deliveries.SentAsync(sid, to, status, cancellationToken);
        }
#pragma warning disable CA1031 // Any failure to record is logged; the message left already.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogNotRecorded(logger, sid, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {Sid} was sent but its record could not be written: {Reason}")]
    private static partial void LogNotRecorded(ILogger logger, string sid, string reason);

    private static SmsMessage Read(WorkItem item)
    {
        try
        {
            return JsonSerializer.Deserialize<SmsMessage>(item.Payload, SmsSendWork.Json) is { To.Length: > 0 } message
                ? message
                : throw new WorkFailedPermanentlyException("The payload names no recipient.");
        }
        catch (JsonException ex)
        {
            throw new WorkFailedPermanentlyException("The payload is not an SMS message.", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS job {JobId} not sent: the number has opted out (STOP).")]
    private static partial void LogSkippedOptedOut(ILogger logger, long jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS job {JobId} costs {Segments} segments ({Encoding}), over Twilio:MaxSegmentsPerMessage = {Budget}: its must-keep words (link, code, deadline) alone exceed it and are never cut.")]
    private static partial void LogOverBudget(ILogger logger, long jobId, int segments, string encoding, int budget);
}
