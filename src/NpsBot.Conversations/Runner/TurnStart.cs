using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>What a turn starts from: the replies already stored for its activity id (a resend), or the conversation's state.</summary>
public sealed record TurnStart(IReadOnlyList<Activity>? EarlierReplies, StoredConversation? Stored);
