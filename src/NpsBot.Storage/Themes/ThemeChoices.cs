namespace NpsBot.Storage.Themes;

/// <summary>
/// The themes a label may take (the server sets them from the configured theme catalog; storage alone knows none, so
/// every relabel is refused until the host registers them).
/// </summary>
public sealed record ThemeChoices(IReadOnlyList<string> Themes)
{
    public static ThemeChoices None { get; } = new([]);
}
