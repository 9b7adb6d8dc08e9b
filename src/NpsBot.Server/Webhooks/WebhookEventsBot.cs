using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// Wraps the bot: after each turn, the records it produced that are webhook events (a response with a score that ended,
/// a recovery, an opened case, a handoff, a resolved case) are scheduled as "webhook.event" jobs on the same turn, so they are committed
/// with it or not at all. The bot itself knows nothing about webhooks. With no active subscription
/// (<see cref="WebhookSubscriptionPresence"/>) nothing is queued.
/// </summary>
public sealed class WebhookEventsBot(IBot inner, WebhookSubscriptionPresence presence) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await inner.OnTurnAsync(turn, cancellationToken);
        foreach (var webhookEvent in await ToQueueAsync(turn.Records, turn.Clock.GetUtcNow(), presence, cancellationToken))
        {
            turn.Schedule(WebhookEventJobs.Request(webhookEvent));
        }
    }

    /// <summary>
    /// The events of <paramref name="records"/> to queue: none without an active subscription (no query when there is no
    /// event; no payload built while the kept answer is that none is active).
    /// </summary>
    public static async ValueTask<IReadOnlyCollection<WebhookEvent>> ToQueueAsync(
        IReadOnlyList<object> records, DateTimeOffset now, WebhookSubscriptionPresence presence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presence);
        if (presence.KnownNone)
        {
            return [];
        }

        var events = EventsOf(records, now);
        return events.Count == 0 || !await presence.AnyActiveAsync(cancellationToken) ? [] : events;
    }

    /// <summary>The webhook events in a turn's records, once each (by event id).</summary>
    public static IReadOnlyCollection<WebhookEvent> EventsOf(IReadOnlyList<object> records, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        var cases = records.OfType<SupportCase>().GroupBy(c => c.CaseKey).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var events = new Dictionary<string, WebhookEvent>(StringComparer.Ordinal);
        foreach (var webhookEvent in records.SelectMany(record => EventsOf(record, cases, now)))
        {
            events[webhookEvent.Id] = webhookEvent;
        }

        return events.Values;
    }

    private static IEnumerable<WebhookEvent> EventsOf(object record, Dictionary<string, SupportCase> cases, DateTimeOffset now)
    {
        switch (record)
        {
            case SurveyResponse { Score: not null } response when SurveyOutcomes.IsFinal(response.Outcome):
                yield return WebhookPayloads.ResponseRecorded(response, now);
                if (WebhookPayloads.IsRecovery(response))
                {
                    yield return WebhookPayloads.ResponseRecovered(response, now);
                }

                break;
            case CaseEvent { Kind: CaseEventKinds.Opened } opened when cases.TryGetValue(opened.CaseKey, out var supportCase):
                yield return WebhookPayloads.CaseOpened(supportCase, opened.At);
                break;
            case CaseEvent { Kind: CaseEventKinds.HandedOff } handedOff:
                yield return WebhookPayloads.HandoffRequested(handedOff, cases.GetValueOrDefault(handedOff.CaseKey));
                break;
            case CaseEvent resolved when CaseTransition.MovedTo(resolved) == CaseStatus.Resolved:
                yield return WebhookPayloads.CaseResolved(resolved.CaseKey, cases.GetValueOrDefault(resolved.CaseKey), resolved.At);
                break;
        }
    }
}
