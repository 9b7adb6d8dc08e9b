using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Handoff;

/// <summary>
/// The Bot Framework <c>handoff.initiate</c> event for a deployment with its own agent hub, built as the Bot Framework
/// SDK's <c>EventFactory.CreateHandoffInitiation</c> builds it: an <c>event</c> activity with a new GUID id, a
/// timestamp, the conversation, <c>relatesTo</c> the triggering activity, <c>replyToId</c>, the routing context as
/// <c>value</c>, and the transcript attachment <c>{"contentType":"application/json","name":"Transcript","content":{"activities":[...]}}</c>.
/// The SDK's own types cannot be used (Microsoft.Bot.Builder is not usable here), hence this small builder.
/// </summary>
public static class HandoffInitiation
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Activity Create(TurnContext turn, SupportCase supportCase, IReadOnlyList<TranscriptEntry> stored)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(supportCase);
        ArgumentNullException.ThrowIfNull(stored);
        var inbound = turn.Activity;
        var activities = stored.Select(line => Line(line, inbound)).ToList();

        // The turn that hands off is not stored yet; its text is already redacted by the runner.
        if (inbound.IsMessage && (inbound.Id is null || stored.All(line => line.ActivityId != inbound.Id)))
        {
            activities.Add(new TranscriptActivity(ActivityTypes.Message, inbound.Id, inbound.Timestamp ?? turn.Clock.GetUtcNow(), inbound.From, inbound.Text));
        }

        var context = new HandoffContext(supportCase.CaseKey, supportCase.Priority, supportCase.HandoffReason, supportCase.Theme, supportCase.Score, supportCase.FirstContactDue);
        var transcript = JsonSerializer.SerializeToElement(new { activities }, Json);
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = HandoffStates.InitiateEvent,
            Id = Guid.NewGuid().ToString(),
            Timestamp = turn.Clock.GetUtcNow(),
            Conversation = inbound.Conversation,
            RelatesTo = new ConversationReference
            {
                ActivityId = inbound.Id,
                User = inbound.From,
                Bot = inbound.Recipient,
                Conversation = inbound.Conversation,
                ChannelId = inbound.ChannelId,
                ServiceUrl = inbound.ServiceUrl,
                Locale = inbound.Locale,
            },
            Value = JsonSerializer.SerializeToElement(context, Json),
            Attachments = [new Attachment { ContentType = "application/json", Name = "Transcript", Content = transcript }],
        };
    }

    private static TranscriptActivity Line(TranscriptEntry line, Activity inbound)
    {
        var customer = line.Direction == TranscriptEntry.Inbound;
        var from = customer
            ? new ChannelAccount { Id = line.FromId, Name = line.FromName, Role = RoleTypes.User }
            : new ChannelAccount { Id = inbound.Recipient?.Id ?? line.FromId, Name = inbound.Recipient?.Name, Role = RoleTypes.Bot };
        return new TranscriptActivity(line.Type, line.ActivityId, line.At, from, line.Text);
    }

    /// <summary>The hub's routing context (the event's <c>value</c>).</summary>
    private sealed record HandoffContext(string CaseKey, int Priority, string? HandoffReason, string? Theme, int? Score, DateTimeOffset FirstContactDue);

    /// <summary>One activity of the transcript attachment (redacted text only).</summary>
    private sealed record TranscriptActivity(string Type, string? Id, DateTimeOffset Timestamp, ChannelAccount? From, string? Text);
}
