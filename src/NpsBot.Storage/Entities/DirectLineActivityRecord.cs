namespace NpsBot.Storage.Entities;

/// <summary>
/// One activity of a Direct Line conversation, numbered by its watermark. <see cref="Payload"/> is the activity's JSON
/// encrypted with ASP.NET Core Data Protection (it holds what the customer typed); the id and timestamp are columns.
/// </summary>
public sealed class DirectLineActivityRecord
{
    public required string ConversationId { get; set; }
    public long Watermark { get; set; }

    /// <summary>Web Chat's channelData.clientActivityID of a posted activity: a retried post is answered from its first row.</summary>
    public string? ClientActivityId { get; set; }

    /// <summary>A user's activity whose turn has not put its replies in the log yet (recovered after a crash).</summary>
    public bool AwaitingReply { get; set; }

    public int Bytes { get; set; }
    public DateTime Timestamp { get; set; }
    public required byte[] Payload { get; set; }
}
