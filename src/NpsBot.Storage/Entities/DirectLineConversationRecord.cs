namespace NpsBot.Storage.Entities;

/// <summary>
/// A Direct Line conversation of the activity log: who it was started for, its watermark (the number of its last
/// activity), the bytes its activities take, and when it was last used (idle conversations are swept).
/// </summary>
public sealed class DirectLineConversationRecord
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>The locale the conversation was started in (the greeting's), so a lost greeting can be sent again.</summary>
    public string? Locale { get; set; }

    /// <summary>The number of the last activity appended; the next one gets this plus one.</summary>
    public long Watermark { get; set; }

    /// <summary>The activities' JSON bytes (before encryption), checked against the per-conversation and total limits.</summary>
    public long Bytes { get; set; }

    /// <summary>True once the bot's greeting (the start turn's replies) is in the log.</summary>
    public bool Greeted { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastUsedAt { get; set; }

    /// <summary>The timestamp of the last activity: the next one is later, so Web Chat's order never goes back.</summary>
    public DateTime LastActivityAt { get; set; }
}
