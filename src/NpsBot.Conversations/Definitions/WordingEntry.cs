namespace NpsBot.Conversations.Definitions;

/// <summary>One wording key of a locale: its text variants, optional button titles, and words a reply may use to pick it.</summary>
public sealed record WordingEntry(IReadOnlyList<string> Variants)
{
    public IReadOnlyList<string> Buttons { get; init; } = [];

    /// <summary>Replies that mean this entry (for yes/no or restart words).</summary>
    public IReadOnlyList<string> Accepts { get; init; } = [];
}
