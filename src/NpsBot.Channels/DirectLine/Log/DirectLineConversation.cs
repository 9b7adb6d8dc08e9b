using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>A Direct Line conversation: its id, the user it was started for, and the locale it was started in.</summary>
public sealed record DirectLineConversation(string Id, ChannelAccount User, DateTimeOffset CreatedAt, string? Locale = null);
