namespace NpsBot.Conversations.Activities;

/// <summary>CardAction.type wire values used by NpsBot.</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}
