using NpsBot.Conversations.Language;
using NpsBot.Conversations.Outbound;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Playbooks;
using NpsBot.Recovery.Sla;
using NpsBot.Surveys.Recovery;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// What an agent can do with a case (the console's <see cref="IAgentWorkspace"/>): every action checks the case's state
/// and holder and is a compare-and-set in the store with its case event; messages and the give-back go through the
/// conversation runner as internal turns, so the bot (the only writer of conversation state) relays them to the
/// customer's own channel. Live events reach consoles through <see cref="IAgentFeed"/> after the change is committed.
/// </summary>
public sealed partial class AgentWorkspace(
    IAgentDeskStore store,
    IConversationRunner runner,
    IEnumerable<IConversationOutbound> outbounds,
    IAgentFeed feed,
    PlaybookCatalog playbooks,
    IRecoveryDesk desk,
    RecoveryOptions options,
    ITextRedactor redactor,
    ICaseSuggestions suggestions,
    TimeProvider clock) : IAgentWorkspace
{
    private readonly BusinessCalendar _calendar = new(options.Sla.Hours);
    private readonly IConversationOutbound[] _outbounds = [.. outbounds];

    public async Task<IReadOnlyList<QueueEntry>> QueueAsync(AgentIdentity agent, QueueView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var rows = await store.QueueAsync(view, agent.UserId, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(row => Entry(row, now))
            .OrderByDescending(entry => entry.Priority)
            .ThenBy(entry => entry.FirstContactAt is null ? entry.FirstContactDue : entry.ResolutionDue)
            .ThenBy(entry => entry.OpenedAt)];
    }

    /// <summary>
    /// A case as a queue row. Priority in the contract is "higher first", the stored one 1 (urgent) to 4 (low): the row
    /// carries 5 - stored. The SLA time left is to first contact until there is one, then to resolution.
    /// </summary>
    internal static QueueEntry Entry(DeskCase row, DateTimeOffset now)
    {
        var c = row.Case;
        var waiting = row.ConversationMode == ConversationModes.Agent && c.FirstContactAt is null;
        var due = c.FirstContactAt is null ? c.FirstContactDue : c.ResolutionDue;
        return new QueueEntry(
            c.CaseKey,
            c.ConversationKey,
            c.ChannelId,
            row.CustomerName,
            row.Locale ?? "en",
            c.Score,
            c.Theme,
            Handoff.HandoffPackage.Split(c.EscalationReasons),
            c.Status,
            CasePriority.Low + 1 - c.Priority,
            c.Assignee,
            row.AssigneeName,
            waiting,
            c.OpenedAt,
            c.FirstContactDue,
            c.ResolutionDue,
            c.FirstContactAt,
            c.Overdue || (!CaseStatus.IsClosed(c.Status) && due <= now));
    }

    private static AgentActionResult Result(AgentActionStatus status, string? message = null) => new(status, message);

    private static AgentActionResult Done => new(AgentActionStatus.Done);

    /// <summary>Why <paramref name="agent"/> may not act on the case as its holder, or null when they may.</summary>
    /// <summary>Why the agent may not act on the case, or null. <paramref name="evenClosed"/>: the holder of a resolved case
    /// may still give the conversation back to the bot (resolving first, then handing back, is the usual order).</summary>
    private static AgentActionResult? NotHeldBy(DeskCase? row, AgentIdentity agent, bool evenClosed = false) => row switch
    {
        null => Result(AgentActionStatus.NotFound, "No such case."),
        _ when !evenClosed && CaseStatus.IsClosed(row.Case.Status) => Result(AgentActionStatus.Closed, "The case is closed."),
        _ when row.Case.Assignee != agent.UserId => Result(AgentActionStatus.NotHolder, row.Case.Assignee is null ? "Claim the case first." : $"{row.AssigneeName ?? "Another agent"} holds the case."),
        _ => null,
    };
}
