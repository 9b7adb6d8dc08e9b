using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;

namespace NpsBot.Storage.Insights;

/// <summary>
/// Pages (keyset on id, newest first) and the export stream (oldest first, <c>AsNoTracking</c>, read row by row from
/// the data reader) of responses and cases under an <see cref="InsightsFilter"/>.
/// </summary>
public sealed class ResponseReader(IDbContextFactory<NpsBotDbContext> contexts) : IResponseReader
{
    /// <summary>A page under the agent filter walks the responses above this many of the agent's cases (<see cref="AgentPageShape"/>).</summary>
    public int AgentWalkAbove { get; init; } = AgentPageShape.WalkAbove;

    public async Task<ResponsePage<ResponseRow>> ResponsesAsync(InsightsFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = Math.Clamp(limit, 1, PageCursor.MaxLimit);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var shape = await AgentPageShape.ForAsync(context, filter, AgentWalkAbove, cancellationToken);
        var responses = InsightsFiltering.Responses(context, filter, shape);
        if (PageCursor.TryDecode(cursor, out var before))
        {
            responses = responses.Where(r => r.Id < before);
        }

        var rows = await ResponseProjection.From(context, responses.OrderByDescending(r => r.Id).Take(take + 1))
            .OrderByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        var page = rows.Take(take).Select(r => r.ToRow()).ToList();
        return new ResponsePage<ResponseRow>(page, rows.Count > take ? PageCursor.Encode(page[^1].Id) : null);
    }

    public async Task<ResponsePage<CaseRow>> CasesAsync(InsightsFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = Math.Clamp(limit, 1, PageCursor.MaxLimit);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        // The facts on the case row (CaseFacts): the same cases as the join of the filtered responses, from cases alone.
        var cases = CaseFacts.CaseFactFiltering.Cases(context, filter);
        if (PageCursor.TryDecode(cursor, out var before))
        {
            cases = cases.Where(c => c.Id < before);
        }

        var rows = await cases.OrderByDescending(c => c.Id).Take(take + 1)
            .Select(c => new
            {
                c.Id, c.CaseKey, c.ResponseKey, c.ChannelId, c.Status, c.Priority, c.Score, c.Theme, c.Remedy, c.Assignee,
                c.OpenedAt, c.FirstContactDue, c.ResolutionDue, c.FirstContactAt, c.ResolvedAt, c.Overdue,
            })
            .ToListAsync(cancellationToken);
        var page = rows.Take(take).Select(c => new CaseRow(
            c.Id, c.CaseKey, c.ResponseKey, c.ChannelId, c.Status, c.Priority, c.Score, c.Theme, c.Remedy, c.Assignee,
            Utc(c.OpenedAt), Utc(c.FirstContactDue), Utc(c.ResolutionDue),
            c.FirstContactAt is { } contact ? Utc(contact) : null, c.ResolvedAt is { } resolved ? Utc(resolved) : null, c.Overdue)).ToList();
        return new ResponsePage<CaseRow>(page, rows.Count > take ? PageCursor.Encode(page[^1].Id) : null);
    }

    public async IAsyncEnumerable<ResponseRow> StreamAsync(InsightsFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = ResponseProjection.From(context, InsightsFiltering.Responses(context, filter)).OrderBy(r => r.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row.ToRow();
        }
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
