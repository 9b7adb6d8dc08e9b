using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Agents;
using NpsBot.Surveys.FollowUps;

namespace NpsBot.Recovery.FollowUps;

/// <summary>The survey's <see cref="IFollowUpSurveys"/>: the conversation's case whose follow-up is due and not answered.</summary>
public sealed class FollowUpSurveys(IAgentDeskStore store) : IFollowUpSurveys
{
    public Task<string?> DueCaseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.ConversationKey is { } key ? store.DueFollowUpAsync(key, cancellationToken) : Task.FromResult<string?>(null);
    }
}
