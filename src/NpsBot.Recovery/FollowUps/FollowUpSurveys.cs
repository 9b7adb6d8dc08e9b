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
        var activity = turn.Activity;
        var customer = activity.MembersAdded?.FirstOrDefault(m => m.Id != activity.Recipient?.Id) ?? activity.From;
        return turn.ConversationKey is { } key ? store.DueFollowUpAsync(key, customer?.Id, cancellationToken) : Task.FromResult<string?>(null);
    }
}
