using NpsBot.Conversations.Work;
using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// The desk's storage (implemented in NpsBot.Storage). Every change is a compare-and-set in the database on the case's
/// holder, written in one transaction with its case events and jobs, so two agents can never both hold or change a case.
/// </summary>
public interface IAgentDeskStore
{
    Task<IReadOnlyList<DeskCase>> QueueAsync(QueueView view, string agentId, CancellationToken cancellationToken);

    Task<DeskCase?> FindAsync(string caseKey, CancellationToken cancellationToken);

    /// <summary>The newest case of the conversation that is not closed, or null.</summary>
    Task<DeskCase?> FindLiveByConversationAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the holder to <paramref name="assigneeId"/> only if it still is <paramref name="expectedAssignee"/> (null:
    /// nobody) and the case is not closed, with the event; false when another change came first.
    /// </summary>
    Task<bool> ReassignAsync(
        string caseKey, string? expectedAssignee, string? assigneeId, string? assigneeName, CaseEvent caseEvent, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> only if <paramref name="holderId"/> still holds the case and it is not closed.</summary>
    Task<bool> UpdateHeldAsync(
        string caseKey, string holderId, DeskCaseChange change, IReadOnlyList<CaseEvent> events, IReadOnlyList<WorkRequest> work,
        CancellationToken cancellationToken);

    Task AddEventAsync(CaseEvent caseEvent, CancellationToken cancellationToken);

    Task<IReadOnlyList<CaseEvent>> EventsAsync(string caseKey, CancellationToken cancellationToken);

    /// <summary>The conversation's transcript in order; raw text decrypted only when <paramref name="withRawText"/>.</summary>
    Task<IReadOnlyList<StoredLine>> TranscriptAsync(string conversationKey, bool withRawText, CancellationToken cancellationToken);

    Task<DeskResponse?> ResponseAsync(string responseKey, CancellationToken cancellationToken);

    /// <summary>The customer's other surveys, newest first, with their cases.</summary>
    Task<IReadOnlyList<EarlierSurvey>> EarlierSurveysAsync(string customerId, string exceptResponseKey, CancellationToken cancellationToken);

    /// <summary>Marks the closed case's follow-up survey due (once); false when the case is gone, reopened or already followed up.</summary>
    Task<bool> MarkFollowUpDueAsync(string caseKey, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The case whose follow-up survey is due and not answered yet, of this conversation or (when known) of this
    /// customer in another conversation (a later visit that did not resume the old one), or null.
    /// </summary>
    Task<string?> DueFollowUpAsync(string conversationKey, string? customerId, CancellationToken cancellationToken);
}
