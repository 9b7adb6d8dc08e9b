using NpsBot.Recovery.Fatigue;
using NpsBot.Recovery.Sla;

namespace NpsBot.Recovery;

/// <summary>The "Recovery" configuration section: who gets a case, the SLA clocks, and survey fatigue.</summary>
public sealed record RecoveryOptions
{
    public const string SectionName = "Recovery";

    /// <summary>Passives who ask to be contacted get a case too (detractors always do).</summary>
    public bool OpenCaseForPassivesAskingContact { get; init; } = true;

    public SlaOptions Sla { get; init; } = new();

    /// <summary>Days after a case is closed until its customer is asked the 0–10 question again (closing the loop).</summary>
    public int FollowUpAfterDays { get; init; } = 14;

    public FatigueOptions Fatigue { get; init; } = new();
}
