using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Handoff;

/// <summary>
/// Takes the agent hub's <c>handoff.status</c> events (accepted, failed, completed) before the survey bot sees the turn:
/// each is recorded as an event on the case the conversation was handed off with, and <c>completed</c> gives the
/// conversation back to the bot. Every other activity goes to <paramref name="inner"/>. Nothing is ever rejected (the
/// protocol says bots must not): an event without a case, with an unknown state, or from an endpoint the hub does not
/// use (a web chat customer could post one) changes nothing. Only the Bot Framework endpoint carries a hub's events.
/// </summary>
public sealed class HandoffStatusBot(IBot inner) : IBot
{
    /// <summary>The actor of the case events a hub's status writes.</summary>
    public const string HubActor = "agent-hub";

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Event || activity.Name != HandoffStates.StatusEvent)
        {
            return inner.OnTurnAsync(turn, cancellationToken);
        }

        if (turn.ConversationKey?.StartsWith(KeySpaces.BotFramework + "|", StringComparison.Ordinal) == true
            && CaseKeyOf(turn) is { } caseKey
            && StatusOf(activity) is { } status)
        {
            var kind = status.State switch
            {
                HandoffStates.Accepted => CaseEventKinds.HandoffAccepted,
                HandoffStates.Failed => CaseEventKinds.HandoffFailed,
                _ => CaseEventKinds.HandoffCompleted,
            };
            turn.AddRecord(new CaseEvent(caseKey, kind, HubActor, turn.Clock.GetUtcNow(), status.Message));
            if (status.State == HandoffStates.Completed)
            {
                turn.State.Mode = ConversationModes.Bot;
            }
        }

        return Task.CompletedTask;
    }

    private static string? CaseKeyOf(TurnContext turn) =>
        turn.State.Values.TryGetValue(HandoffStates.CaseKeyValue, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (string State, string? Message)? StatusOf(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var name = state.GetString();
        if (name is not (HandoffStates.Accepted or HandoffStates.Failed or HandoffStates.Completed))
        {
            return null;
        }

        // The message is hub-defined: text is kept as it is, anything else as its JSON.
        string? message = value.TryGetProperty("message", out var m)
            ? m.ValueKind == JsonValueKind.String ? m.GetString() : m.ValueKind == JsonValueKind.Null ? null : m.GetRawText()
            : null;
        return (name, message is { Length: > 500 } ? message[..500] : message);
    }
}
