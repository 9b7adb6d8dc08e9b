using NpsBot.Recovery.Fatigue;
using NpsBot.Recovery.Handoff;
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

    /// <summary>How long after a case is resolved the bot takes its conversation back if no agent gave it back ("case.give-back" job).</summary>
    public TimeSpan GiveBackAfterResolve { get; init; } = TimeSpan.FromMinutes(30);

    public FatigueOptions Fatigue { get; init; } = new();

    public HandoffOptions Handoff { get; init; } = new();

    /// <summary>
    /// Discount codes per pool from configuration (<c>Recovery:DiscountCodes:recovery-10:0 = CODE</c>), added to the pool
    /// at start-up (codes already there are kept as they are); the <c>discount-codes import</c> verb loads a CSV file.
    /// </summary>
    public Dictionary<string, List<string>> DiscountCodes { get; init; } = [];
}
