using NpsBot.Conversations.Activities;

namespace NpsBot.Surveys.Survey;

/// <summary>Whether a conversation is one person's or shared (a group chat, a team channel), from the activity's conversation.</summary>
public static class ConversationScope
{
    public const string Personal = "personal";

    /// <summary>A group chat or a channel: <c>isGroup</c>, or a conversationType other than personal (Teams: groupChat, channel).</summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation is { } conversation
            && (conversation.IsGroup == true || conversation.ConversationType is { Length: > 0 } type && type != Personal);
    }

    /// <summary>The bot itself was added: a conversationUpdate naming the recipient among the members added, or installationUpdate "add".</summary>
    public static bool BotAdded(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(member => member.Id is not null && member.Id == activity.Recipient?.Id) == true,
            ActivityTypes.InstallationUpdate => activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true,
            _ => false,
        };
    }

    /// <summary>The app installed in a personal chat (Teams sends the bot's own conversationUpdate and an installationUpdate).</summary>
    public static bool InstalledInPersonalChat(Activity activity) =>
        BotAdded(activity) && activity.Conversation?.ConversationType == Personal;
}
