using NpsBot.Storage.Entities;

namespace NpsBot.Server.Proactive;

/// <summary>
/// An invite as the API shows it (the recipient is left out: it is the caller's own data). <c>status</c> is the furthest
/// state reached: answered (a score in the survey it started) over delivered (the channel's report) over sent.
/// </summary>
public sealed record SurveyInviteView(
    string EventId, string Channel, string? Locale, string Status, string? Refusal, DateTime CreatedAt, DateTime UpdatedAt)
{
    /// <summary>When it is (or was) due: the caller's "when", moved out of quiet hours.</summary>
    public DateTime DueAt { get; init; }

    /// <summary>Why the send time was moved ("quiet-hours"), or null.</summary>
    public string? Deferral { get; init; }

    public DateTime? SentAt { get; init; }

    /// <summary>The channel's last delivery report (SMS: queued, sent, delivered, undelivered, failed), or null.</summary>
    public string? DeliveryStatus { get; init; }

    /// <summary>The score given in the survey the invite started, or null.</summary>
    public int? Score { get; init; }

    public static SurveyInviteView Of(SurveyInviteRecord row, int? score = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        var status = row.Status != InviteStatuses.Sent ? row.Status
            : score is not null ? InviteStatuses.Answered
            : row.DeliveryStatus == InviteStatuses.Delivered ? InviteStatuses.Delivered
            : InviteStatuses.Sent;
        return new(row.EventId, row.ChannelId, row.Locale, status, row.Refusal, Utc(row.CreatedAt), Utc(row.UpdatedAt))
        {
            DueAt = Utc(row.DueAt),
            Deferral = row.Deferral,
            SentAt = row.SentAt is { } sent ? Utc(sent) : null,
            DeliveryStatus = row.DeliveryStatus,
            Score = score,
        };
    }

    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);
}
