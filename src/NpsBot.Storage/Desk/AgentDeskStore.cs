using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Cases;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Stores;
using NpsBot.Storage.Work;

namespace NpsBot.Storage.Desk;

/// <summary>
/// The agent desk on the database. Holding a case is a compare-and-set: an UPDATE whose WHERE names the holder
/// expected (nobody, for a claim), in a write transaction (BEGIN IMMEDIATE on SQLite, so writers of every instance are
/// serialized) with the case event and any jobs; of two concurrent claims exactly one changes the row. A held case's
/// change also commits the jobs <see cref="IOutsideTurnWork"/> makes of it (the "case.resolved" webhook event when an
/// agent resolves it).
/// </summary>
public sealed class AgentDeskStore(
    IDbContextFactory<NpsBotDbContext> contexts, ITextProtector protector, TimeProvider clock, IEnumerable<IOutsideTurnWork> outsideTurnWork) : IAgentDeskStore
{
    private static readonly string[] Closed = [CaseStatus.Resolved, CaseStatus.ClosedUnresolved];

    public async Task<IReadOnlyList<DeskCase>> QueueAsync(QueueView view, string agentId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = context.Cases.AsNoTracking().Where(c => !Closed.Contains(c.Status));
        cases = view switch
        {
            QueueView.Mine => cases.Where(c => c.Assignee == agentId),
            QueueView.Unassigned => cases.Where(c => c.Assignee == null),
            _ => cases,
        };
        var rows = await WithConversations(context, cases).ToListAsync(cancellationToken);
        return [.. rows.Select(r => DeskRows.ToDeskCase(r.Case, r.Conversation))];
    }

    public async Task<DeskCase?> FindAsync(string caseKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await WithConversations(context, context.Cases.AsNoTracking().Where(c => c.CaseKey == caseKey)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : DeskRows.ToDeskCase(row.Case, row.Conversation);
    }

    public async Task<DeskCase?> FindLiveByConversationAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var live = context.Cases.AsNoTracking().Where(c => c.ConversationKey == conversationKey && !Closed.Contains(c.Status)).OrderByDescending(c => c.Id);
        var row = await WithConversations(context, live).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : DeskRows.ToDeskCase(row.Case, row.Conversation);
    }

    public async Task<bool> ReassignAsync(
        string caseKey, string? expectedAssignee, string? assigneeId, string? assigneeName, CaseEvent caseEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var changed = await context.Cases
            .Where(c => c.CaseKey == caseKey && c.Assignee == expectedAssignee && !Closed.Contains(c.Status))
            .ExecuteUpdateAsync(
                set => set.SetProperty(c => c.Assignee, assigneeId).SetProperty(c => c.AssigneeName, assigneeName).SetProperty(c => c.UpdatedAt, now),
                cancellationToken);
        if (changed != 1)
        {
            return false;
        }

        context.CaseEvents.Add(DeskRows.ToRecord(caseEvent, await CaseIdAsync(context, caseKey, cancellationToken) ?? 0));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateHeldAsync(
        string caseKey, string holderId, DeskCaseChange change, IReadOnlyList<CaseEvent> events, IReadOnlyList<WorkRequest> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(work);
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        // Read and write inside the one write transaction: nobody can take the case between the check and the change.
        var row = await context.Cases.FirstOrDefaultAsync(c => c.CaseKey == caseKey, cancellationToken);
        if (row is null || row.Assignee != holderId || Closed.Contains(row.Status))
        {
            return false;
        }

        DeskRows.Apply(row, change, now);
        context.CaseEvents.AddRange(events.Select(caseEvent => DeskRows.ToRecord(caseEvent, caseEvent.CaseKey == caseKey ? row.Id
            : throw new ArgumentException($"An event of case {caseEvent.CaseKey} in a change of case {caseKey}.", nameof(events)))));
        foreach (var job in work)
        {
            WorkQueueEntries.Add(context, job, now);
        }

        IReadOnlyList<object> records = [DeskRows.ToCase(row), .. events];
        foreach (var follower in outsideTurnWork)
        {
            await follower.AddAsync(context, records, now, cancellationToken);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task AddEventAsync(CaseEvent caseEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CaseIdAsync(context, caseEvent.CaseKey, cancellationToken) is not { } caseId)
        {
            return; // No such case (forgotten meanwhile): nothing to note it on.
        }

        context.CaseEvents.Add(DeskRows.ToRecord(caseEvent, caseId));
        await context.SaveChangesAsync(cancellationToken);
    }

    private static Task<long?> CaseIdAsync(NpsBotDbContext context, string caseKey, CancellationToken cancellationToken) =>
        context.Cases.Where(c => c.CaseKey == caseKey).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<CaseEvent>> EventsAsync(string caseKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from e in context.CaseEvents.AsNoTracking()
            join c in context.Cases on e.CaseId equals c.Id
            where c.CaseKey == caseKey
            orderby e.Id
            select e).ToListAsync(cancellationToken);
        return [.. rows.Select(e => new CaseEvent(caseKey, e.Kind, e.Actor, SurveyResponseRows.Utc(e.At), e.Detail))];
    }

    public async Task<IReadOnlyList<StoredLine>> TranscriptAsync(string conversationKey, bool withRawText, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Transcripts.TranscriptLines.ReadAsync(context, conversationKey, cancellationToken);
        return [.. rows.Select(row => new StoredLine(
            row.Direction, row.ActivityId, row.Type, row.Text, withRawText && row.RawText is not null ? TryUnprotect(row.RawText) : null, row.FromName,
            SurveyResponseRows.Utc(row.At)))];
    }

    public async Task<DeskResponse?> ResponseAsync(string responseKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.SurveyResponses.AsNoTracking().FirstOrDefaultAsync(r => r.ResponseKey == responseKey, cancellationToken);
        return row is null ? null : new DeskResponse(row.Reason, row.FollowUpAnswer, row.ConfirmedTheme, row.ThemeGuess) { FollowUpQuestion = row.FollowUpQuestion, Locale = row.Locale };
    }

    public async Task<IReadOnlyList<EarlierSurvey>> EarlierSurveysAsync(string customerId, string exceptResponseKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from response in context.SurveyResponses.AsNoTracking()
            where response.CustomerId == customerId && response.ResponseKey != exceptResponseKey
            join supportCase in context.Cases.AsNoTracking() on response.CaseKey equals supportCase.CaseKey into cases
            from supportCase in cases.DefaultIfEmpty()
            orderby response.StartedAt descending
            select new { response.StartedAt, response.Score, response.Theme, response.CaseKey, Status = supportCase == null ? null : supportCase.Status })
            .Take(20)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new EarlierSurvey(SurveyResponseRows.Utc(r.StartedAt), r.Score, r.Theme, r.CaseKey, r.Status))];
    }

    public async Task<bool> MarkFollowUpDueAsync(string caseKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await context.Cases.FirstOrDefaultAsync(c => c.CaseKey == caseKey, cancellationToken);
        if (row is null || !Closed.Contains(row.Status) || row.FollowUpDueAt is not null || row.FollowUpResponseKey is not null)
        {
            return false;
        }

        row.FollowUpDueAt = at.UtcDateTime;
        row.UpdatedAt = at.UtcDateTime;
        context.CaseEvents.Add(DeskRows.ToRecord(new CaseEvent(caseKey, DeskEventKinds.FollowUpDue, CaseEvent.SystemActor, at), row.Id));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<string?> DueFollowUpAsync(string conversationKey, string? customerId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Cases.AsNoTracking()
            .Where(c => (c.ConversationKey == conversationKey || (customerId != null && c.CustomerId == customerId)) && c.FollowUpDueAt != null && c.FollowUpResponseKey == null && Closed.Contains(c.Status))
            .OrderByDescending(c => c.Id)
            .Select(c => c.CaseKey)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<CaseWithConversation> WithConversations(NpsBotDbContext context, IQueryable<CaseRecord> cases) =>
        from supportCase in cases
        join conversation in context.Conversations.AsNoTracking() on supportCase.ConversationKey equals conversation.ConversationKey into conversations
        from conversation in conversations.DefaultIfEmpty()
        select new CaseWithConversation(supportCase, conversation);

    private string? TryUnprotect(string protectedText)
    {
        try
        {
            return protector.Unprotect(protectedText);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private sealed record CaseWithConversation(CaseRecord Case, ConversationRecord? Conversation);
}
