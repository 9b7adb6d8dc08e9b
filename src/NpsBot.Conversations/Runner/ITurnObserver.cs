namespace NpsBot.Conversations.Runner;

/// <summary>
/// Told about a conversation after the fact: a turn once it is committed, a customer typing (never stored). The agent
/// desk observes to raise live events for consoles. An observer must not throw; the runner ignores its failures.
/// </summary>
public interface ITurnObserver
{
    Task TurnCommittedAsync(CommittedTurn turn, CancellationToken cancellationToken);

    Task CustomerTypingAsync(string conversationKey, CancellationToken cancellationToken);
}
