namespace NpsBot.Recovery.Cases;

/// <summary>A case's priority from 1 (urgent) to 4 (low): escalation first, then how low the score, then the theme.</summary>
public static class CasePriority
{
    public const int Urgent = 1;
    public const int High = 2;
    public const int Normal = 3;
    public const int Low = 4;

    private static readonly string[] UrgentReasons = ["legal", "safety", "health", "vulnerable"];

    // Themes where money or access is at stake come before the rest at the same score.
    private static readonly string[] PressingThemes = ["billing", "delivery"];

    public static int Of(int? score, IReadOnlyCollection<string> escalationReasons, string? theme, bool handoff)
    {
        ArgumentNullException.ThrowIfNull(escalationReasons);
        if (escalationReasons.Any(r => UrgentReasons.Contains(r)))
        {
            return Urgent;
        }

        if (escalationReasons.Count > 0 || score is <= 2 || (handoff && score is null))
        {
            return High;
        }

        if (score is <= 6)
        {
            return theme is not null && PressingThemes.Contains(theme) && score <= 4 ? High : Normal;
        }

        return Low;
    }
}
