using NpsBot.Conversations.Runner;

namespace NpsBot.Surveys.FollowUps;

/// <summary>Closing the loop: whether this conversation owes its customer a follow-up survey for a resolved case.</summary>
public interface IFollowUpSurveys
{
    /// <summary>The key of the case whose follow-up survey is due in this conversation now, or null.</summary>
    Task<string?> DueCaseAsync(TurnContext turn, CancellationToken cancellationToken);
}
