using System.Globalization;
using NpsBot.Recovery.Cases;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.FollowUps;
using NpsBot.Recovery.GiveBack;

namespace NpsBot.Recovery.Agents;

/// <summary>Remedies within the playbook (or above it, for those who may), and resolving with a root cause, the SLA figures and the follow-up.</summary>
public sealed partial class AgentWorkspace
{
    public async Task<AgentActionResult> ApplyRemedyAsync(AgentIdentity agent, string caseKey, string remedyCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var row = await store.FindAsync(caseKey, cancellationToken);
        if (NotHeldBy(row, agent) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(remedyCode) || !playbooks.Remedies.ContainsKey(remedyCode))
        {
            return Result(AgentActionStatus.Invalid, "No such remedy.");
        }

        var within = WithinPolicy(row!.Case, remedyCode);
        if (!within && !agent.MayExceedPolicy)
        {
            return Result(AgentActionStatus.Forbidden, "This remedy is beyond the theme's playbook; ask a manager.");
        }

        var detail = within ? remedyCode : $"{remedyCode} (above policy)";
        var applied = new CaseEvent(caseKey, DeskEventKinds.RemedyApplied, agent.UserId, clock.GetUtcNow(), detail);
        if (!await store.UpdateHeldAsync(caseKey, agent.UserId, new DeskCaseChange { Remedy = remedyCode }, [applied], [], cancellationToken))
        {
            return Result(AgentActionStatus.NotHolder, "The case changed hands meanwhile.");
        }

        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return Done;
    }

    public async Task<AgentActionResult> ResolveAsync(AgentIdentity agent, string caseKey, Resolution resolution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (Invalid(resolution) is { } invalid)
        {
            return invalid;
        }

        var row = await store.FindAsync(caseKey, cancellationToken);
        if (NotHeldBy(row, agent) is { } refused)
        {
            return refused;
        }

        var current = row!.Case;
        if (!CaseStateMachine.CanMove(current.Status, resolution.Outcome))
        {
            return Result(AgentActionStatus.Invalid, "Nobody has written to the customer yet: write to them first, or close the case unresolved.");
        }

        if (resolution.Remedy is { Length: > 0 } remedy && (!playbooks.Remedies.ContainsKey(remedy) || (!WithinPolicy(current, remedy) && !agent.MayExceedPolicy)))
        {
            return Result(playbooks.Remedies.ContainsKey(remedy) ? AgentActionStatus.Forbidden : AgentActionStatus.Invalid, "The remedy is not allowed here.");
        }

        var now = clock.GetUtcNow();
        var (closed, moved) = CaseTransition.Move(current, resolution.Outcome, agent.UserId, now, resolution.RootCause.Trim(), resolution.ActionTaken.Trim());
        var figures = SlaFigures.Of(_calendar, current.OpenedAt, current.FirstContactAt, now);
        var events = new List<CaseEvent>
        {
            moved,
            new(caseKey, DeskEventKinds.Resolved, agent.UserId, now, string.Create(CultureInfo.InvariantCulture, $"{resolution.Outcome}: {redactor.Redact(resolution.RootCause.Trim())}")),
        };
        var change = new DeskCaseChange
        {
            Status = closed.Status,
            ResolvedAt = now,
            RootCause = redactor.Redact(closed.RootCause!),
            ActionTaken = redactor.Redact(closed.ActionTaken!),
            Remedy = string.IsNullOrWhiteSpace(resolution.Remedy) ? null : resolution.Remedy,
            Figures = figures,
        };

        // Closing the loop: the follow-up survey is due FollowUpAfterDays later (a job of the durable queue, in this commit).
        var followUp = FollowUpHandler.Request(caseKey, now.AddDays(options.FollowUpAfterDays));
        WorkRequest[] work = row.ConversationMode == ConversationModes.Agent
            ? [followUp, GiveBackAfterResolveHandler.Request(caseKey, now + options.GiveBackAfterResolve)] // unless the holder gives it back first
            : [followUp];
        if (!await store.UpdateHeldAsync(caseKey, agent.UserId, change, events, work, cancellationToken))
        {
            return Result(AgentActionStatus.NotHolder, "The case changed hands meanwhile.");
        }

        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return Done;
    }

    private static AgentActionResult? Invalid(Resolution? resolution) => resolution switch
    {
        null => Result(AgentActionStatus.Invalid, "A resolution is required."),
        { Outcome: not (CaseStatus.Resolved or CaseStatus.ClosedUnresolved) } => Result(AgentActionStatus.Invalid, "Outcome must be resolved or closed_unresolved."),
        _ when string.IsNullOrWhiteSpace(resolution.RootCause) => Result(AgentActionStatus.Invalid, "A root cause is required."),
        _ when string.IsNullOrWhiteSpace(resolution.ActionTaken) => Result(AgentActionStatus.Invalid, "The action taken is required."),
        _ when resolution.RootCause.Trim().Length > MaxMessageLength || resolution.ActionTaken.Trim().Length > MaxMessageLength =>
            Result(AgentActionStatus.Invalid, $"Keep the root cause and the action taken to {MaxMessageLength} characters each."),
        _ => null,
    };

    /// <summary>True when the theme's playbook allows the remedy for the case's score.</summary>
    private bool WithinPolicy(SupportCase supportCase, string remedyCode)
    {
        var book = playbooks.For(supportCase.Theme ?? "other") ?? playbooks.For("other");
        return book is not null && book.Remedies.Contains(remedyCode)
            && playbooks.Remedies.TryGetValue(remedyCode, out var remedy)
            && (supportCase.Score is null || supportCase.Score <= remedy.MaxScore);
    }
}
