namespace NpsBot.Recovery.Fatigue;

/// <summary>How often a customer may be surveyed, and how long to leave them alone after a handoff.</summary>
public sealed record FatigueOptions
{
    /// <summary>At most one survey per this many days per customer, across channels.</summary>
    public int SurveyEveryDays { get; init; } = 30;

    /// <summary>No survey within this many days after a handoff to a person.</summary>
    public int QuietDaysAfterHandoff { get; init; } = 30;
}
