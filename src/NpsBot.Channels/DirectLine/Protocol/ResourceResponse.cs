namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>The answer to a posted activity: the id the service gave it.</summary>
public sealed record ResourceResponse(string Id);
