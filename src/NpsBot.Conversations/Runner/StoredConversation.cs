namespace NpsBot.Conversations.Runner;

/// <summary>A conversation's state as stored: JSON of <see cref="ConversationState"/> and its version (0 = never saved).</summary>
public sealed record StoredConversation(string ConversationKey, long Version, string StateJson);
