namespace NpsBot.Console;

/// <summary>The console's settings (section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The root causes an agent picks from when resolving (free text is always possible too).</summary>
    public IList<string> RootCauses { get; } = [];

    /// <summary>The first admin, created on start when there are no users yet (the password is read once, then ignored).</summary>
    public FirstAdminOptions FirstAdmin { get; set; } = new();

    /// <summary>The root causes to offer: the configured ones, or a short default list.</summary>
    public IReadOnlyList<string> RootCauseChoices() =>
        RootCauses.Count > 0 ? [.. RootCauses] : ["Late delivery", "Damaged item", "Billing error", "Product defect", "Rude or unhelpful service", "Website problem"];
}

public sealed class FirstAdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
