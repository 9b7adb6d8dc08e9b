using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Playbooks;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Stores;

/// <summary>
/// The discount-code pools in <c>discount_codes</c>: reads for the turn (is there a free code, which one to claim) and
/// the import of new codes. A code is handed out only by the turn store (<see cref="DiscountCodeClaim"/>), once.
/// </summary>
public sealed class DiscountCodePoolStore(IDbContextFactory<NpsBotDbContext> contexts, TimeProvider clock) : IDiscountCodePool
{
    // A few free codes are read and one is picked at random, so turns claiming at the same moment rarely pick the same
    // one (a clash is not an error: the losing turn runs again).
    private const int Candidates = 8;

    public async Task<bool> HasCodesAsync(string pool, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.DiscountCodes.AsNoTracking().AnyAsync(c => c.Pool == pool && c.CaseKey == null, cancellationToken);
    }

    public async Task<string?> PeekAsync(string pool, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var free = await context.DiscountCodes.AsNoTracking()
            .Where(c => c.Pool == pool && c.CaseKey == null)
            .OrderBy(c => c.Id)
            .Take(Candidates)
            .Select(c => c.Code)
            .ToListAsync(cancellationToken);
        return free.Count == 0 ? null : free[Random.Shared.Next(free.Count)];
    }

    /// <summary>Adds the codes to the pool; a code already in it (free or handed out) is left as it is. Returns how many were added.</summary>
    public async Task<int> ImportAsync(string pool, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pool);
        ArgumentNullException.ThrowIfNull(codes);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var known = (await context.DiscountCodes.Where(c => c.Pool == pool).Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var code in codes.Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            if (known.Add(code))
            {
                context.DiscountCodes.Add(new DiscountCodeRecord { Pool = pool, Code = code, ImportedAt = now });
                added++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Free and handed-out codes of a pool.</summary>
    public async Task<(int Free, int Issued)> CountAsync(string pool, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = context.DiscountCodes.AsNoTracking().Where(c => c.Pool == pool);
        return (await codes.CountAsync(c => c.CaseKey == null, cancellationToken), await codes.CountAsync(c => c.CaseKey != null, cancellationToken));
    }
}
