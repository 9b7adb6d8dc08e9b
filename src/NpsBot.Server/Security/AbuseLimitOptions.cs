namespace NpsBot.Server.Security;

/// <summary>
/// The "RateLimits" section: requests per minute (fixed one-minute windows, per server instance) for the endpoints an
/// attacker would hammer. 0 turns a limit off.
/// </summary>
public sealed record AbuseLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Console sign-in attempts (POST /console/login) per client address; lockout still counts per account.</summary>
    public int SignInPerMinute { get; init; } = 10;

    /// <summary>Direct Line tokens and conversations (tokens/generate, tokens/refresh, POST conversations) per client address.</summary>
    public int DirectLinePerMinute { get; init; } = 60;

    /// <summary>Public REST API requests (/api/v1) per API key, or per client address for requests without one.</summary>
    public int ApiPerMinute { get; init; } = 600;
}
