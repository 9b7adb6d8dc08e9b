namespace NpsBot.Storage.Entities;

/// <summary>One conversation's saved state; <see cref="Version"/> grows by one with every committed turn.</summary>
public sealed class ConversationRecord
{
    /// <summary>The runner's conversation key (ConversationKeys), for example "dl|10:directline|abc".</summary>
    public required string ConversationKey { get; set; }

    /// <summary>
    /// The conversation's number, unique, given when the row is inserted (SQLite: the largest + 1 in the turn store's
    /// INSERT, PostgreSQL: an identity column); transcript lines name their conversation by it (issue 13, disk).
    /// Not the rowid: the SQLite turn store moves the row to a new rowid at every update.
    /// </summary>
    public long Number { get; set; }
    public string? ChannelId { get; set; }
    public string? CustomerId { get; set; }
    public string? CustomerName { get; set; }
    public string? Locale { get; set; }

    /// <summary>bot or agent, see <c>ConversationModes</c>.</summary>
    public required string Mode { get; set; }
    public required string StateJson { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
