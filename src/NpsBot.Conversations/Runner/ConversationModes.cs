namespace NpsBot.Conversations.Runner;

/// <summary>Who is answering in a conversation.</summary>
public static class ConversationModes
{
    public const string Bot = "bot";
    public const string Agent = "agent";
}
