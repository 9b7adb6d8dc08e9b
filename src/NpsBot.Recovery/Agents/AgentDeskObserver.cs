using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// Raises the live events of customers' turns for consoles, after they are committed: a new or updated case (a
/// handoff), the customer's lines while an agent has the conversation, and the customer typing.
/// </summary>
public sealed class AgentDeskObserver(IAgentDeskStore store, IAgentFeed feed) : ITurnObserver
{
    public async Task TurnCommittedAsync(CommittedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.IsInternal)
        {
            return;
        }

        foreach (var caseKey in turn.Records.OfType<SupportCase>().Select(c => c.CaseKey).Distinct())
        {
            await feed.CaseChangedAsync(caseKey, cancellationToken);
        }

        if (turn.Mode != ConversationModes.Agent || !turn.Inbound.IsMessage || turn.PreviousMode != ConversationModes.Agent)
        {
            return;
        }

        if (await store.FindLiveByConversationAsync(turn.ConversationKey, cancellationToken) is { } row)
        {
            // Redacted, as stored; the holder reads the raw words from the case.
            await feed.ConversationLineAsync(
                row.Case.CaseKey, new TranscriptLine(turn.Inbound.Timestamp ?? turn.At, TranscriptRoles.Customer, null, turn.Inbound.Text ?? "", true), cancellationToken);
        }
    }

    public async Task CustomerTypingAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (await store.FindLiveByConversationAsync(conversationKey, cancellationToken) is { ConversationMode: ConversationModes.Agent } row)
        {
            await feed.CustomerTypingAsync(row.Case.CaseKey, cancellationToken);
        }
    }
}
