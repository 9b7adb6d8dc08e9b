namespace NpsBot.Recovery.Agents;

/// <summary>The survey response behind a case, as the console shows it (customer text redacted).</summary>
public sealed record DeskResponse(string? Reason, string? FollowUpAnswer, string? ConfirmedTheme, string? ThemeGuess)
{
    public string? FollowUpQuestion { get; init; }

    public string? Locale { get; init; }
}
