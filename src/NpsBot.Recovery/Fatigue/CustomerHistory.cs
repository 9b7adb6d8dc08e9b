namespace NpsBot.Recovery.Fatigue;

/// <summary>What survey fatigue looks at for one customer, across the channels they used with the same id.</summary>
public sealed record CustomerHistory(bool OptedOut, DateTimeOffset? LastSurveyedAt, bool HasOpenCase, DateTimeOffset? LastHandoffAt)
{
    public static CustomerHistory None { get; } = new(false, null, false, null);
}
