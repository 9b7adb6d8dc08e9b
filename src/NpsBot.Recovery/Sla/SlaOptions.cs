namespace NpsBot.Recovery.Sla;

/// <summary>The SLA clocks of a case, counted in business hours.</summary>
public sealed record SlaOptions
{
    /// <summary>First human contact within this much business time (1 hour by default).</summary>
    public TimeSpan FirstContact { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Resolution within this much business time (48 hours by default).</summary>
    public TimeSpan Resolution { get; init; } = TimeSpan.FromHours(48);

    public BusinessHours Hours { get; init; } = new();
}
