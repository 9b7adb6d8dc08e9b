using NpsBot.Recovery.Sla;

namespace NpsBot.Recovery;

/// <summary>The "Recovery" configuration section: who gets a case, and the SLA clocks.</summary>
public sealed record RecoveryOptions
{
    public const string SectionName = "Recovery";

    /// <summary>Passives who ask to be contacted get a case too (detractors always do).</summary>
    public bool OpenCaseForPassivesAskingContact { get; init; } = true;

    public SlaOptions Sla { get; init; } = new();
}
