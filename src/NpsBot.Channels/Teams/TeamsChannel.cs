namespace NpsBot.Channels.Teams;

/// <summary>Names of the Microsoft Teams channel on the wire.</summary>
public static class TeamsChannel
{
    public const string Id = "msteams";

    /// <summary>The member of an Action.Submit's data (and so of the submit's <c>value</c>) that carries the score.</summary>
    public const string ScoreMember = "npsScore";

    public static bool Is(string? channelId) => string.Equals(channelId, Id, StringComparison.OrdinalIgnoreCase);
}
