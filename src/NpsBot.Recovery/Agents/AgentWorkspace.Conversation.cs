using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Outbound;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Surveys.Handback;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// Talking to the customer: an agent's message and the give-back are event activities injected into the runner for
/// the case's conversation (internal turns, which no client can forge); the bot relays them and the outbound of the
/// conversation's endpoint delivers the replies to the customer's own channel, in the turn's commit.
/// </summary>
public sealed partial class AgentWorkspace
{
    /// <summary>The longest message an agent may send (Direct Line's text limit).</summary>
    public const int MaxMessageLength = 2000;

    private static readonly JsonSerializerOptions DeskJson = new(JsonSerializerDefaults.Web);

    public async Task<AgentActionResult> SendAsync(AgentIdentity agent, string caseKey, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var message = text?.Trim();
        if (string.IsNullOrEmpty(message) || message.Length > MaxMessageLength)
        {
            return Result(AgentActionStatus.Invalid, $"Write between 1 and {MaxMessageLength} characters.");
        }

        var row = await store.FindAsync(caseKey, cancellationToken);
        if (NotHeldBy(row, agent) is { } refused)
        {
            return refused;
        }

        var value = new DeskEventValue(caseKey, agent.UserId, agent.DisplayName, message);
        var relayed = await InjectAsync(row!, "msg", DeskEvents.AgentMessage, value, cancellationToken);
        if (relayed is null)
        {
            return Result(AgentActionStatus.Invalid, "The customer's channel cannot be reached from the desk.");
        }

        // The first agent message is the first human contact: the clock stops and the case is in progress.
        var now = clock.GetUtcNow();
        var events = new List<CaseEvent> { new(caseKey, DeskEventKinds.MessageSent, agent.UserId, now, agent.DisplayName) };
        var change = new DeskCaseChange { FirstContactAt = row!.Case.FirstContactAt is null ? now : null };
        if (row.Case.Status == CaseStatus.Open)
        {
            var (moved, moveEvent) = CaseTransition.Move(row.Case, CaseStatus.InProgress, agent.UserId, now);
            change = change with { Status = moved.Status, FirstContactAt = change.FirstContactAt ?? moved.FirstContactAt };
            events.Add(moveEvent);
        }

        if (!await store.UpdateHeldAsync(caseKey, agent.UserId, change, events, [], cancellationToken))
        {
            // The message went out; the case changed hands meanwhile: keep the record of who wrote.
            await store.AddEventAsync(events[0], cancellationToken);
        }

        await RaiseLinesAsync(caseKey, relayed, agentName: agent.DisplayName, cancellationToken);
        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return Done;
    }

    public async Task<AgentActionResult> NoteAsync(AgentIdentity agent, string caseKey, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var note = text?.Trim();
        if (string.IsNullOrEmpty(note) || note.Length > MaxMessageLength)
        {
            return Result(AgentActionStatus.Invalid, $"Write between 1 and {MaxMessageLength} characters.");
        }

        var row = await store.FindAsync(caseKey, cancellationToken);
        if (row is null)
        {
            return Result(AgentActionStatus.NotFound, "No such case.");
        }

        // Notes are internal: never sent, kept as a case event, redacted like everything else at rest.
        var now = clock.GetUtcNow();
        var redacted = redactor.Redact(note);
        await store.AddEventAsync(new CaseEvent(caseKey, DeskEventKinds.Note, agent.UserId, now, redacted), cancellationToken);
        await feed.ConversationLineAsync(caseKey, new TranscriptLine(now, TranscriptRoles.Note, agent.DisplayName, redacted, redacted != note), cancellationToken);
        return Done;
    }

    public async Task<AgentActionResult> TypingAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var row = await store.FindAsync(caseKey, cancellationToken);
        if (NotHeldBy(row, agent) is { } refused)
        {
            return refused;
        }

        if (OutboundFor(row!.Case.ConversationKey) is not { } outbound)
        {
            return Result(AgentActionStatus.Invalid, "The customer's channel cannot be reached from the desk.");
        }

        await outbound.SendTypingAsync(row.Case.ConversationKey, cancellationToken);
        return Done;
    }

    public async Task<AgentActionResult> GiveBackAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var row = await store.FindAsync(caseKey, cancellationToken);
        if (NotHeldBy(row, agent, evenClosed: true) is { } refused)
        {
            return refused;
        }

        if (row!.ConversationMode != ConversationModes.Agent)
        {
            return Result(AgentActionStatus.Invalid, "The bot already has the conversation.");
        }

        // The rating is credited to who helped: the holder if they wrote to the customer, else the last agent who did.
        var (helperId, helperName) = await HelperAsync(row, agent, cancellationToken);
        var value = new DeskEventValue(caseKey, helperId, helperName);
        var replies = await InjectAsync(row, "back", DeskEvents.GiveBack, value, cancellationToken);
        if (replies is null)
        {
            return Result(AgentActionStatus.Invalid, "The customer's channel cannot be reached from the desk.");
        }

        var now = clock.GetUtcNow();
        var given = new CaseEvent(caseKey, DeskEventKinds.GivenBack, agent.UserId, now, $"helped by {helperId} ({helperName})");
        if (!await store.UpdateHeldAsync(caseKey, agent.UserId, new DeskCaseChange { HelpedById = helperId, HelpedByName = helperName }, [given], [], cancellationToken))
        {
            await store.AddEventAsync(given, cancellationToken);
        }

        await RaiseLinesAsync(caseKey, replies, agentName: null, cancellationToken);
        await feed.CaseChangedAsync(caseKey, cancellationToken);
        return Done;
    }

    private async Task<(string Id, string Name)> HelperAsync(DeskCase row, AgentIdentity agent, CancellationToken cancellationToken)
    {
        var written = (await store.EventsAsync(row.Case.CaseKey, cancellationToken))
            .Where(e => e.Kind == DeskEventKinds.MessageSent)
            .ToList();
        if (written.Count == 0 || written.Any(e => e.Actor == agent.UserId))
        {
            return (agent.UserId, agent.DisplayName);
        }

        var last = written.MaxBy(e => e.At)!;
        return (last.Actor, last.Detail ?? last.Actor);
    }

    /// <summary>Runs the desk's event as an internal turn of the case's conversation; its replies, or null when the channel cannot be reached.</summary>
    private async Task<IReadOnlyList<Activity>?> InjectAsync(DeskCase row, string kind, string name, DeskEventValue value, CancellationToken cancellationToken)
    {
        if (OutboundFor(row.Case.ConversationKey) is not { } outbound)
        {
            return null;
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Id = $"{DeskEvents.IdPrefix}{kind}|{Guid.NewGuid():N}",
            Name = name,
            Value = JsonSerializer.SerializeToElement(value, DeskJson),
            Timestamp = clock.GetUtcNow(),
        };
        var turn = await runner.RunTurnAsync(activity, TurnOrigin.Internal(row.Case.ConversationKey, outbound.Deliver), cancellationToken);
        return turn.Replies.Count == 0 ? null : turn.Replies;
    }

    private IConversationOutbound? OutboundFor(string conversationKey) =>
        ConversationKeys.Parse(conversationKey) is { } parts ? _outbounds.FirstOrDefault(o => o.KeySpace == parts.KeySpace) : null;

    /// <summary>The relayed lines for consoles, redacted as at rest (the holder reads the raw text from the case).</summary>
    private async Task RaiseLinesAsync(string caseKey, IReadOnlyList<Activity> replies, string? agentName, CancellationToken cancellationToken)
    {
        foreach (var reply in replies.Where(r => r.IsMessage && r.Text is not null))
        {
            var redacted = redactor.Redact(reply.Text!);
            var line = new TranscriptLine(
                reply.Timestamp ?? clock.GetUtcNow(), agentName is null ? TranscriptRoles.Bot : TranscriptRoles.Agent, agentName, redacted, redacted != reply.Text);
            await feed.ConversationLineAsync(caseKey, line, cancellationToken);
        }
    }
}
