using NpsBot.Recovery.Playbooks;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>Discount-code pools in memory, claimed as the turn store claims them (a code goes to one case, once).</summary>
internal sealed class MemoryDiscountCodes : IDiscountCodePool
{
    private readonly Dictionary<string, List<string>> _free = new(StringComparer.Ordinal);

    public MemoryDiscountCodes(string pool, params string[] codes) => _free[pool] = [.. codes];

    public Dictionary<string, string> Claimed { get; } = new(StringComparer.Ordinal);

    public Task<bool> HasCodesAsync(string pool, CancellationToken cancellationToken) =>
        Task.FromResult(_free.TryGetValue(pool, out var codes) && codes.Count > 0);

    public Task<string?> PeekAsync(string pool, CancellationToken cancellationToken) =>
        Task.FromResult(_free.TryGetValue(pool, out var codes) && codes.Count > 0 ? codes[0] : null);

    /// <summary>What the turn store does with a <see cref="DiscountCodeClaim"/> once the turn commits.</summary>
    public void Apply(DiscountCodeClaim claim)
    {
        if (!_free[claim.Pool].Remove(claim.Code))
        {
            throw new InvalidOperationException($"Code {claim.Code} was handed out twice.");
        }

        Claimed[claim.Code] = claim.CaseKey;
    }
}
