using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// A turn whose replies never reached the log (the server stopped between the turn's commit and the append): the
/// user's echoed activity, or, when <see cref="Echo"/> is null, the conversation's start (its greeting).
/// </summary>
public sealed record PendingTurn(DirectLineConversation Conversation, Activity? Echo);
