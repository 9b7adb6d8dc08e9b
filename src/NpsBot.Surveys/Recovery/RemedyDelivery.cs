namespace NpsBot.Surveys.Recovery;

/// <summary>What a chosen remedy hands out now: nothing more than its confirmation, a code from a pool, or nothing at all.</summary>
/// <param name="Delivered">False when it cannot be given after all (its pool ran dry since it was offered).</param>
/// <param name="Code">The discount code claimed for the case, shown to the customer; null for remedies without one.</param>
public sealed record RemedyDelivery(bool Delivered, string? Code = null)
{
    public static RemedyDelivery Unavailable { get; } = new(false);

    public static RemedyDelivery Confirmed { get; } = new(true);
}
