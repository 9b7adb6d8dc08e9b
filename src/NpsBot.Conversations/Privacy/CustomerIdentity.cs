namespace NpsBot.Conversations.Privacy;

/// <summary>A customer as one channel knows them: the channel id and the user id on that channel.</summary>
public sealed record CustomerIdentity(string ChannelId, string UserId);
