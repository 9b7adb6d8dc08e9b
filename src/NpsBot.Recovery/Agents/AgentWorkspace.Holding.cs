using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Agents;

/// <summary>Claim, release and transfer: compare-and-set on the case's holder, each a case event.</summary>
public sealed partial class AgentWorkspace
{
    public async Task<AgentActionResult> ClaimAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var row = await store.FindAsync(caseKey, cancellationToken);
        if (row is null)
        {
            return Result(AgentActionStatus.NotFound, "No such case.");
        }

        if (CaseStatus.IsClosed(row.Case.Status))
        {
            return Result(AgentActionStatus.Closed, "The case is closed.");
        }

        if (row.Case.Assignee == agent.UserId)
        {
            return Done;
        }

        var claimed = await store.ReassignAsync(
            caseKey, expectedAssignee: null, agent.UserId, agent.DisplayName,
            new CaseEvent(caseKey, DeskEventKinds.Claimed, agent.UserId, clock.GetUtcNow(), agent.DisplayName), cancellationToken);
        if (!claimed)
        {
            // Someone else's claim (or a close) came first: say who holds it now.
            var now = await store.FindAsync(caseKey, cancellationToken);
            return now is null ? Result(AgentActionStatus.NotFound)
                : CaseStatus.IsClosed(now.Case.Status) ? Result(AgentActionStatus.Closed, "The case is closed.")
                : now.Case.Assignee == agent.UserId ? Done
                : Result(AgentActionStatus.HeldByAnother, $"{now.AssigneeName ?? "Another agent"} holds the case.");
        }

        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return Done;
    }

    public async Task<AgentActionResult> ReleaseAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var row = await store.FindAsync(caseKey, cancellationToken);
        if (NotHeldBy(row, agent) is { } refused)
        {
            return refused;
        }

        var released = await store.ReassignAsync(
            caseKey, agent.UserId, null, null, new CaseEvent(caseKey, DeskEventKinds.Released, agent.UserId, clock.GetUtcNow()), cancellationToken);
        if (!released)
        {
            return Result(AgentActionStatus.NotHolder, "The case changed hands meanwhile.");
        }

        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return Done;
    }

    public async Task<AgentActionResult> TransferAsync(
        AgentIdentity agent, string caseKey, string toUserId, string toDisplayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (string.IsNullOrWhiteSpace(toUserId) || string.IsNullOrWhiteSpace(toDisplayName))
        {
            return Result(AgentActionStatus.Invalid, "Name the agent to transfer to.");
        }

        var row = await store.FindAsync(caseKey, cancellationToken);
        if (NotHeldBy(row, agent) is { } refused)
        {
            return refused;
        }

        var moved = await store.ReassignAsync(
            caseKey, agent.UserId, toUserId, toDisplayName,
            new CaseEvent(caseKey, DeskEventKinds.Transferred, agent.UserId, clock.GetUtcNow(), $"to {toUserId} ({toDisplayName})"), cancellationToken);
        if (!moved)
        {
            return Result(AgentActionStatus.NotHolder, "The case changed hands meanwhile.");
        }

        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return Done;
    }
}
