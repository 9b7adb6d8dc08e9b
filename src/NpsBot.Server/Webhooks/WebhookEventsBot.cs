using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// Wraps the bot: after each turn, the records it produced that are webhook events (a completed response, an opened
/// or resolved case) are scheduled as "webhook.event" jobs on the same turn, so they are committed with it or not at
/// all. The bot itself knows nothing about webhooks. With no active subscription (<see cref="WebhookSubscriptionPresence"/>)
/// nothing is queued.
/// </summary>
public sealed class WebhookEventsBot(IBot inner, WebhookSubscriptionPresence presence) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await inner.OnTurnAsync(turn, cancellationToken);
        var now = turn.Clock.GetUtcNow();
        var cases = turn.Records.OfType<SupportCase>().GroupBy(c => c.CaseKey).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var events = new Dictionary<string, WebhookEvent>(StringComparer.Ordinal);
        foreach (var record in turn.Records)
        {
            var webhookEvent = record switch
            {
                SurveyResponse { Outcome: SurveyOutcomes.Completed } response => WebhookPayloads.ResponseCompleted(response, now),
                CaseEvent { Kind: CaseEventKinds.Opened } opened when cases.TryGetValue(opened.CaseKey, out var supportCase) =>
                    WebhookPayloads.CaseOpened(supportCase, opened.At),
                CaseEvent { Kind: CaseEventKinds.StatusChanged, Detail: CaseStatus.Resolved } resolved =>
                    WebhookPayloads.CaseResolved(resolved.CaseKey, cases.GetValueOrDefault(resolved.CaseKey), resolved.At),
                _ => null,
            };
            if (webhookEvent is not null)
            {
                events[webhookEvent.Id] = webhookEvent;
            }
        }

        if (events.Count == 0 || !await presence.AnyActiveAsync(cancellationToken))
        {
            return;
        }

        foreach (var webhookEvent in events.Values)
        {
            turn.Schedule(WebhookEventJobs.Request(webhookEvent));
        }
    }
}
