namespace NpsBot.Conversations.Activities;

/// <summary>ChannelAccount.role wire values.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
