namespace NpsBot.Conversations.Runner;

/// <summary>One line of a conversation's transcript, as stored (text already redacted where configured).</summary>
public sealed record TranscriptEntry(string Direction, string? ActivityId, string Type, string? Text, string? FromId, string? FromName, DateTimeOffset At)
{
    public const string Inbound = "in";
    public const string Outbound = "out";
}
