using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Surveys.Handback;

namespace NpsBot.Recovery.Agents;

/// <summary>The give-back nobody made: a resolved case whose conversation an agent kept (run by the "case.give-back" job).</summary>
public sealed partial class AgentWorkspace
{
    /// <summary>The actor of case events the desk makes on its own.</summary>
    public const string SystemActor = "system";

    /// <summary>
    /// Gives a closed case's conversation back to the bot as its holder would; false (and nothing done) when the bot has
    /// it already, the case is open again or gone, or the customer's channel cannot be reached from the desk.
    /// </summary>
    public async Task<bool> GiveBackAfterResolveAsync(string caseKey, CancellationToken cancellationToken)
    {
        var row = await store.FindAsync(caseKey, cancellationToken);
        if (row is null || !CaseStatus.IsClosed(row.Case.Status) || row.ConversationMode != ConversationModes.Agent)
        {
            return false;
        }

        var holder = new AgentIdentity(row.Case.Assignee ?? SystemActor, row.AssigneeName ?? row.Case.Assignee ?? SystemActor, false);
        var (helperId, helperName) = await HelperAsync(row, holder, cancellationToken);
        var replies = await InjectAsync(row, "back", DeskEvents.GiveBack, new DeskEventValue(caseKey, helperId, helperName), cancellationToken);
        if (replies is null)
        {
            return false;
        }

        var given = new CaseEvent(caseKey, DeskEventKinds.GivenBack, SystemActor, clock.GetUtcNow(), $"automatically after resolving; helped by {helperId} ({helperName})");
        var change = new DeskCaseChange { HelpedById = helperId, HelpedByName = helperName };
        if (row.Case.Assignee is null || !await store.UpdateHeldAsync(caseKey, row.Case.Assignee, change, [given], [], cancellationToken))
        {
            await store.AddEventAsync(given, cancellationToken);
        }

        await RaiseLinesAsync(caseKey, replies, agentName: null, cancellationToken);
        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return true;
    }
}
