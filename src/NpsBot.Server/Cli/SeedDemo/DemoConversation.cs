using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Cli.SeedDemo;

/// <summary>One made-up conversation as <see cref="DemoConversationPlanner"/> decides it, ready for <see cref="DemoDatabaseWriter"/>.</summary>
internal sealed class DemoConversation
{
    public required string ConversationKey { get; init; }
    public required string ResponseKey { get; init; }
    public required string ChannelId { get; init; }
    public required string CustomerId { get; init; }
    public required string Locale { get; init; }
    public int Score { get; init; }
    public NpsCategory Category { get; init; }
    public required string Reason { get; init; }
    public string? FollowUpQuestion { get; init; }
    public string? FollowUpAnswer { get; init; }
    public bool? WantsContact { get; init; }
    public required string ThemeGuess { get; init; }
    public double ThemeConfidence { get; init; }
    public string? ConfirmedTheme { get; init; }
    public string Theme => ConfirmedTheme ?? ThemeGuess;
    public double Sentiment { get; init; }
    public string? RemediesOffered { get; init; }
    public string? Remedy { get; init; }
    public required string Outcome { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? CompletedAt { get; init; }
    public DemoCase? Case { get; init; }
}

/// <summary>The recovery case of a demo detractor, in one of the states a real case goes through.</summary>
internal sealed class DemoCase
{
    public required string CaseKey { get; init; }
    public required string Status { get; init; }

    /// <summary>The state as the seed summary names it (open, in progress, handed off waiting, resolved within SLA...).</summary>
    public required string State { get; init; }
    public int Priority { get; init; }
    public string? HandoffReason { get; init; }
    public DemoAgent? Assignee { get; init; }
    public DateTime OpenedAt { get; init; }
    public DateTime FirstContactDue { get; init; }
    public DateTime ResolutionDue { get; init; }
    public DateTime? FirstContactAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
    public string? RootCause { get; init; }
    public string? ActionTaken { get; init; }
    public bool Overdue { get; init; }
    public int? HelpRating { get; init; }
    public DateTime? FollowUpDueAt { get; init; }
    public string? FollowUpResponseKey { get; init; }
    public int? FollowUpScore { get; init; }
    public DateTime? FollowUpAt { get; init; }
}

/// <summary>A demo console agent (the console user's id and display name).</summary>
internal sealed record DemoAgent(string Id, string Name);
