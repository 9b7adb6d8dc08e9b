using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Conversations.Outbound;

/// <summary>
/// How the replies of a turn that no customer message started (an agent's message, a give-back, later a proactive
/// survey) reach the customer's own channel. One per endpoint, keyed by the key space its conversations live in
/// (<see cref="KeySpaces"/>): Direct Line appends to the conversation's activity log, the Bot Framework connector posts
/// to the stored serviceUrl; Teams and SMS plug in the same way.
/// </summary>
public interface IConversationOutbound
{
    /// <summary>The key space of the conversations this outbound reaches.</summary>
    string KeySpace { get; }

    /// <summary>True when it can reach a customer who has not written (a follow-up survey sent proactively).</summary>
    bool SupportsProactive { get; }

    /// <summary>The jobs that deliver these replies, committed with the turn that made them.</summary>
    IReadOnlyList<WorkRequest> Deliver(TurnReplies replies);

    /// <summary>Shows a typing indicator in the customer's conversation where the channel has one (nothing is stored).</summary>
    Task SendTypingAsync(string conversationKey, CancellationToken cancellationToken);
}
