namespace NpsBot.Recovery.Playbooks;

/// <summary>
/// The configured pools of discount codes (the storage implements it). A code is only looked at here; it is handed out
/// by a <see cref="DiscountCodeClaim"/> written with the turn, which fails the turn (and runs it again) if another turn
/// claimed the same code first, so each code goes to exactly one case.
/// </summary>
public interface IDiscountCodePool
{
    /// <summary>True while the pool has a code nobody has been given.</summary>
    Task<bool> HasCodesAsync(string pool, CancellationToken cancellationToken);

    /// <summary>A code nobody has been given yet, to claim with the turn; null when the pool is empty.</summary>
    Task<string?> PeekAsync(string pool, CancellationToken cancellationToken);
}
