namespace NpsBot.Recovery.Playbooks;

/// <summary>One theme's playbook: its label and phrase in the bot's words, acknowledgements per locale, and the remedies allowed.</summary>
public sealed record Playbook
{
    public required string Theme { get; init; }

    /// <summary>Short button title per locale ("Delivery").</summary>
    public required IReadOnlyDictionary<string, string> Label { get; init; }

    /// <summary>The theme in a sentence per locale ("the delivery").</summary>
    public required IReadOnlyDictionary<string, string> Phrase { get; init; }

    /// <summary>Acknowledgements per locale; each names the concern and may use ", {name}".</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Acknowledgements { get; init; }

    /// <summary>Remedy codes allowed for this theme, in the order offered.</summary>
    public required IReadOnlyList<string> Remedies { get; init; }
}
