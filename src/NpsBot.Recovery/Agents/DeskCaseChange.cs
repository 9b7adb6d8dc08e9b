namespace NpsBot.Recovery.Agents;

/// <summary>What an agent's action changes on a held case; null fields stay as they are.</summary>
public sealed record DeskCaseChange
{
    public string? Status { get; init; }
    public DateTimeOffset? FirstContactAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? RootCause { get; init; }
    public string? ActionTaken { get; init; }
    public string? Remedy { get; init; }
    public SlaFigures? Figures { get; init; }

    /// <summary>The agent credited with the help (who held the case and wrote to the customer when it was given back).</summary>
    public string? HelpedById { get; init; }
    public string? HelpedByName { get; init; }
}
