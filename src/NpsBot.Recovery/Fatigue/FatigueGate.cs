using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Fatigue;

namespace NpsBot.Recovery.Fatigue;

/// <summary>The survey gate of a host with storage: the customer's history through <see cref="FatigueRules"/>.</summary>
public sealed class FatigueGate(ICustomerHistory history, RecoveryOptions options) : ISurveyGate
{
    public async Task<string?> RefusalAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var customer = activity.IsMessage ? activity.From : activity.MembersAdded?.FirstOrDefault(m => m.Id != activity.Recipient?.Id) ?? activity.From;
        if (activity.ChannelId is not { } channel || customer?.Id is not { } id)
        {
            return null;
        }

        var known = await history.ForAsync(channel, id, cancellationToken);
        return FatigueRules.Refusal(known, turn.Clock.GetUtcNow(), options.Fatigue);
    }
}
