namespace NpsBot.Recovery.Agents;

/// <summary>A transcript line as stored: redacted text, and the raw text when asked for, still kept and readable.</summary>
public sealed record StoredLine(string Direction, string? ActivityId, string Type, string? Text, string? RawText, string? FromName, DateTimeOffset At);
