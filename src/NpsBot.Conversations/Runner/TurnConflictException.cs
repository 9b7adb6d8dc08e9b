namespace NpsBot.Conversations.Runner;

/// <summary>Another writer saved the conversation first; the turn must be run again on the fresh state.</summary>
public sealed class TurnConflictException(string conversationKey)
    : Exception($"Conversation '{conversationKey}' was changed by another writer.")
{
    public string ConversationKey { get; } = conversationKey;
}
