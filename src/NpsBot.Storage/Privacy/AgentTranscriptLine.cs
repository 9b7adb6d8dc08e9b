namespace NpsBot.Storage.Privacy;

/// <summary>A transcript line as an agent reads it: the customer's raw words when they are still kept, else the redacted text.</summary>
public sealed record AgentTranscriptLine(string Direction, string Type, string? Text, bool IsRaw, string? FromName, DateTimeOffset At);
