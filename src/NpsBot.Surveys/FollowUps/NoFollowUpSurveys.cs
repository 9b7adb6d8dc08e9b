using NpsBot.Conversations.Runner;

namespace NpsBot.Surveys.FollowUps;

/// <summary>No follow-up surveys (no recovery configured).</summary>
public sealed class NoFollowUpSurveys : IFollowUpSurveys
{
    public static NoFollowUpSurveys Instance { get; } = new();

    public Task<string?> DueCaseAsync(TurnContext turn, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
