using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Messages;

/// <summary>The body of an expectReplies answer: exactly {"activities":[...]}.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
