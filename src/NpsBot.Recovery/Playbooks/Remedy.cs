namespace NpsBot.Recovery.Playbooks;

/// <summary>
/// A remedy a playbook may offer, with its limits: the worst score it is offered to, a value cap the agent must keep
/// to (e.g. a discount percentage or warranty months), the discount pool a code is drawn from, and its wording per locale.
/// </summary>
public sealed record Remedy
{
    public required string Code { get; init; }

    /// <summary>Offered only to scores up to this one (detractors by default).</summary>
    public int MaxScore { get; init; } = 6;

    /// <summary>The limit agents must keep to, in the remedy's unit (percent, months, amount); null for none.</summary>
    public int? Limit { get; init; }

    /// <summary>The configured pool a discount code is drawn from.</summary>
    public string? Pool { get; init; }

    /// <summary>True when choosing it asks for a person to call back (a handoff).</summary>
    public bool Callback { get; init; }

    public required IReadOnlyDictionary<string, string> Title { get; init; }

    /// <summary>What the bot says once it is chosen; may use {deadline}, the first-contact deadline of the case.</summary>
    public required IReadOnlyDictionary<string, string> Confirmation { get; init; }
}
