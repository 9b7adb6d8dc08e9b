namespace NpsBot.Conversations.Activities;

/// <summary>endOfConversation code values.</summary>
public static class EndOfConversationCodes
{
    public const string CompletedSuccessfully = "completedSuccessfully";
    public const string UserCancelled = "userCancelled";
}
