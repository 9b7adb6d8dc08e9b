namespace NpsBot.Storage.Entities;

/// <summary>
/// One SMS sent through Twilio and its latest delivery report (the status callback): queued, sent, delivered,
/// undelivered, failed. The recipient is personal data: forget-customer deletes the rows of the number.
/// </summary>
public sealed class SmsMessageRecord
{
    public long Id { get; set; }
    public required string MessageSid { get; set; }
    public required string Recipient { get; set; }
    public required string Status { get; set; }

    /// <summary>Twilio's error code of an undelivered or failed message (30003 unreachable, 30007 filtered...).</summary>
    public int? ErrorCode { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
