namespace NpsBot.Recovery.Playbooks;

/// <summary>No pools configured: every pool is empty, so a remedy that hands out a code is never offered.</summary>
public sealed class NoDiscountCodes : IDiscountCodePool
{
    public static NoDiscountCodes Instance { get; } = new();

    public Task<bool> HasCodesAsync(string pool, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<string?> PeekAsync(string pool, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
