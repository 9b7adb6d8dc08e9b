namespace NpsBot.Storage.Entities;

/// <summary>
/// One proactive survey invite (after a company event): who, on which channel, in which locale, and how far it got.
/// The event id is unique, so the same event never surveys twice. The recipient is personal data (a phone number):
/// forget-customer deletes the row.
/// </summary>
public sealed class SurveyInviteRecord
{
    public long Id { get; set; }
    public required string EventId { get; set; }
    public required string ChannelId { get; set; }
    public required string Recipient { get; set; }
    public string? Locale { get; set; }

    /// <summary>queued, sent, refused, failed (see NpsBot.Server.Proactive.InviteStatuses).</summary>
    public required string Status { get; set; }

    /// <summary>Why it was refused: a fatigue rule (opted-out, open-case, recent-handoff, recently-surveyed), in-progress, unreachable.</summary>
    public string? Refusal { get; set; }

    /// <summary>Where the invite came from: api, cli, re-survey.</summary>
    public string? Source { get; set; }

    /// <summary>When the invite is to be sent (the caller's "when", moved out of quiet hours), UTC.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>The customer's IANA time zone for quiet hours (null: the configured default).</summary>
    public string? TimeZone { get; set; }

    /// <summary>Why the send time was moved ("quiet-hours"), or null.</summary>
    public string? Deferral { get; set; }

    /// <summary>When the first question left for the channel's delivery queue.</summary>
    public DateTime? SentAt { get; set; }

    /// <summary>The channel's last delivery report of the invite's messages (SMS status callback: sent, delivered, undelivered, failed).</summary>
    public string? DeliveryStatus { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
