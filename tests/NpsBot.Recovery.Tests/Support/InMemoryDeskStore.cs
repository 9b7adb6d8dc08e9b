using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>The desk's store in memory, with the same compare-and-set rules as the database one (under a lock).</summary>
internal sealed class InMemoryDeskStore : IAgentDeskStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DeskCase> _cases = new(StringComparer.Ordinal);

    public List<CaseEvent> Events { get; } = [];

    public List<WorkRequest> Work { get; } = [];

    public List<StoredLine> Lines { get; } = [];

    public Dictionary<string, DeskCaseChange> LastChange { get; } = new(StringComparer.Ordinal);

    public void Add(DeskCase row)
    {
        lock (_lock)
        {
            _cases[row.Case.CaseKey] = row;
        }
    }

    public DeskCase Get(string caseKey)
    {
        lock (_lock)
        {
            return _cases[caseKey];
        }
    }

    public Task<IReadOnlyList<DeskCase>> QueueAsync(QueueView view, string agentId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<DeskCase> rows = [.. _cases.Values.Where(c => !CaseStatus.IsClosed(c.Case.Status)).Where(c => view switch
            {
                QueueView.Mine => c.Case.Assignee == agentId,
                QueueView.Unassigned => c.Case.Assignee is null,
                _ => true,
            })];
            return Task.FromResult(rows);
        }
    }

    public Task<DeskCase?> FindAsync(string caseKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_cases.GetValueOrDefault(caseKey));
        }
    }

    public Task<DeskCase?> FindLiveByConversationAsync(string conversationKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_cases.Values.LastOrDefault(c => c.Case.ConversationKey == conversationKey && !CaseStatus.IsClosed(c.Case.Status)));
        }
    }

    public Task<bool> ReassignAsync(
        string caseKey, string? expectedAssignee, string? assigneeId, string? assigneeName, CaseEvent caseEvent, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_cases.TryGetValue(caseKey, out var row) || row.Case.Assignee != expectedAssignee || CaseStatus.IsClosed(row.Case.Status))
            {
                return Task.FromResult(false);
            }

            _cases[caseKey] = row with { Case = row.Case with { Assignee = assigneeId }, AssigneeName = assigneeName };
            Events.Add(caseEvent);
            return Task.FromResult(true);
        }
    }

    public Task<bool> UpdateHeldAsync(
        string caseKey, string holderId, DeskCaseChange change, IReadOnlyList<CaseEvent> events, IReadOnlyList<WorkRequest> work,
        CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_cases.TryGetValue(caseKey, out var row) || row.Case.Assignee != holderId || CaseStatus.IsClosed(row.Case.Status))
            {
                return Task.FromResult(false);
            }

            var c = row.Case;
            _cases[caseKey] = row with
            {
                Case = c with
                {
                    Status = change.Status ?? c.Status,
                    FirstContactAt = c.FirstContactAt ?? change.FirstContactAt,
                    ResolvedAt = change.ResolvedAt ?? c.ResolvedAt,
                    RootCause = change.RootCause ?? c.RootCause,
                    ActionTaken = change.ActionTaken ?? c.ActionTaken,
                    Remedy = change.Remedy ?? c.Remedy,
                },
            };
            LastChange[caseKey] = change;
            Events.AddRange(events);
            Work.AddRange(work);
            return Task.FromResult(true);
        }
    }

    public Task AddEventAsync(CaseEvent caseEvent, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Events.Add(caseEvent);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CaseEvent>> EventsAsync(string caseKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<CaseEvent>>([.. Events.Where(e => e.CaseKey == caseKey)]);
        }
    }

    public Task<IReadOnlyList<StoredLine>> TranscriptAsync(string conversationKey, bool withRawText, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredLine>>([.. Lines.Select(line => withRawText ? line : line with { RawText = null })]);

    public Task<DeskResponse?> ResponseAsync(string responseKey, CancellationToken cancellationToken) =>
        Task.FromResult<DeskResponse?>(new DeskResponse("my parcel never came", null, "delivery", "delivery"));

    public Task<IReadOnlyList<EarlierSurvey>> EarlierSurveysAsync(string customerId, string exceptResponseKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EarlierSurvey>>([]);

    public Task<bool> MarkFollowUpDueAsync(string caseKey, DateTimeOffset at, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<string?> DueFollowUpAsync(string conversationKey, string? customerId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
