namespace NpsBot.Storage.Entities;

/// <summary>One stored transcript line of a conversation (text always redacted).</summary>
public sealed class TranscriptEntryRecord
{
    public long Id { get; set; }

    /// <summary>The conversation's <see cref="ConversationRecord.Number"/> (its key once per conversation, not per line).</summary>
    public long ConversationNumber { get; set; }

    /// <summary>in or out, see <c>TranscriptEntry.Inbound</c>.</summary>
    public required string Direction { get; set; }
    public string? ActivityId { get; set; }
    public required string Type { get; set; }
    public string? Text { get; set; }

    /// <summary>The bot's text when it is one shared by many conversations (<c>transcript_texts</c>); <see cref="Text"/> is then null.</summary>
    public long? TextId { get; set; }

    /// <summary>The customer's raw words encrypted with Data Protection (purpose "NpsBot.Transcripts"), until the retention ends; null otherwise.</summary>
    public string? RawText { get; set; }
    public string? FromId { get; set; }
    public string? FromName { get; set; }

    /// <summary>UTC; stored as Unix milliseconds (<c>UnixMillisecondsConverter</c>).</summary>
    public DateTime At { get; set; }
}
