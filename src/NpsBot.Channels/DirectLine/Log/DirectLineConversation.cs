using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>A Direct Line conversation: its id and the user it was started for.</summary>
public sealed record DirectLineConversation(string Id, ChannelAccount User, DateTimeOffset CreatedAt);
