namespace NpsBot.Storage.Entities;

/// <summary>A discount code of a pool: free until a turn hands it to a case (then <see cref="CaseKey"/> and <see cref="IssuedAt"/> are set, once).</summary>
public sealed class DiscountCodeRecord
{
    public long Id { get; set; }
    public required string Pool { get; set; }
    public required string Code { get; set; }
    public DateTime ImportedAt { get; set; }
    public string? CaseKey { get; set; }
    public DateTime? IssuedAt { get; set; }
}
