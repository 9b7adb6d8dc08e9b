namespace NpsBot.Recovery.Insights;

/// <summary>
/// The SLA clocks of the cases behind the filtered responses, at the time asked. "Met" = done by its deadline;
/// "missed" = done late, or not done and past the deadline; the rest are still running.
/// </summary>
public sealed record SlaCompliance(
    int Cases,
    int FirstContactMet,
    int FirstContactMissed,
    int ResolutionMet,
    int ResolutionMissed,
    int OpenPastSla)
{
    /// <summary>Share of decided first-contact clocks that were met (0–1); null when none is decided yet.</summary>
    public double? FirstContactRate => FirstContactMet + FirstContactMissed == 0 ? null : (double)FirstContactMet / (FirstContactMet + FirstContactMissed);

    /// <summary>Share of decided resolution clocks that were met (0–1); null when none is decided yet.</summary>
    public double? ResolutionRate => ResolutionMet + ResolutionMissed == 0 ? null : (double)ResolutionMet / (ResolutionMet + ResolutionMissed);
}
