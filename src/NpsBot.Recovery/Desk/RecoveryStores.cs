using NpsBot.Recovery.Handoff;
using NpsBot.Recovery.Playbooks;

namespace NpsBot.Recovery.Desk;

/// <summary>What the desk reads from storage during a turn (the host wires the storage's implementations).</summary>
public sealed record RecoveryStores
{
    public ICustomerRecords? CustomerRecords { get; init; }

    public IHandoffWaitingLine? Queue { get; init; }

    public IDiscountCodePool Codes { get; init; } = NoDiscountCodes.Instance;

    public ITranscriptSource? Transcripts { get; init; }

    /// <summary>Nothing stored: no history, no queue, empty pools, no transcript.</summary>
    public static RecoveryStores None { get; } = new();
}
