using NpsBot.Conversations.Work;

namespace NpsBot.Conversations.Runner;

/// <summary>Makes jobs of a turn's replies (their delivery to the channel, say), committed in the same transaction as the turn.</summary>
public delegate IReadOnlyList<WorkRequest> ReplyWork(TurnReplies replies);
