using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Sla;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Stores;

/// <summary>Case changes made outside a turn: the SLA flag of the "case.sla-check" job, with its case event.</summary>
public sealed class CaseStore(IDbContextFactory<NpsBotDbContext> contexts) : ICaseStore
{
    public async Task<bool> FlagOverdueAsync(string caseKey, string clock, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.Cases.SingleOrDefaultAsync(c => c.CaseKey == caseKey, cancellationToken);
        if (row is null || row.Overdue || CaseStatus.IsClosed(row.Status))
        {
            return false;
        }

        var now = at.UtcDateTime;
        var breached = clock == SlaClocks.FirstContact
            ? row.FirstContactAt is null && row.FirstContactDue <= now
            : row.ResolutionDue <= now;
        if (!breached)
        {
            return false;
        }

        row.Overdue = true;
        row.UpdatedAt = now;
        context.CaseEvents.Add(new CaseEventRecord { CaseId = row.Id, Kind = CaseEventKinds.SlaBreached, Actor = CaseEvent.SystemActor, At = now, Detail = clock });
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }
}
