using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>A batch of activities and the watermark to ask from next (a poll answer or one stream frame).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
