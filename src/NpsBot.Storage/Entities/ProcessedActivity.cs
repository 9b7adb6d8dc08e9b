namespace NpsBot.Storage.Entities;

/// <summary>An inbound activity already handled, with the replies it got, so a re-sent activity gets the same answer.</summary>
public sealed class ProcessedActivity
{
    public required string ConversationKey { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>The reply activities as a JSON array, written with <c>ActivityJson.Options</c>.</summary>
    public required string RepliesJson { get; set; }
    public DateTime ProcessedAt { get; set; }
}
