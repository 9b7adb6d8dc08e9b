using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>The key a conversation is stored under: channel id and conversation id, since ids are only unique per channel.</summary>
public static class ConversationKeys
{
    public static string For(Activity activity) => For(activity.ChannelId, activity.Conversation?.Id);

    public static string For(string? channelId, string? conversationId) =>
        $"{channelId ?? "unknown"}|{conversationId ?? throw new ArgumentException("The activity has no conversation id.")}";
}
