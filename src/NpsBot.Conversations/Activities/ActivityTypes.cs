namespace NpsBot.Conversations.Activities;

/// <summary>Activity type names on the wire.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string Trace = "trace";
    public const string InstallationUpdate = "installationUpdate";
}
