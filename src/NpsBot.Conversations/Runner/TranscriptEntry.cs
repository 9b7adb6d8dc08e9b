namespace NpsBot.Conversations.Runner;

/// <summary>One line of a conversation's transcript, as stored: <see cref="Text"/> is always redacted.</summary>
public sealed record TranscriptEntry(string Direction, string? ActivityId, string Type, string? Text, string? FromId, string? FromName, DateTimeOffset At)
{
    public const string Inbound = "in";
    public const string Outbound = "out";

    /// <summary>
    /// The customer's raw words, encrypted by an <see cref="Privacy.ITextProtector"/>, when redaction changed them and
    /// the host keeps raw text; null otherwise. Purged after the retention period.
    /// </summary>
    public string? ProtectedRawText { get; init; }

    /// <summary>
    /// True on an inbound line whose sender (id and name) is that of the conversation's previous inbound line: a store
    /// may leave the sender out of this line and read it back from the one before.
    /// </summary>
    public bool SenderUnchanged { get; init; }
}
