using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Work;

namespace NpsBot.Conversations.Runner;

/// <summary>One turn in progress: the inbound activity, the conversation's state, and what the turn produced.</summary>
public sealed class TurnContext(Activity activity, ConversationState state, ChannelCapabilities capabilities, TimeProvider clock)
{
    private readonly List<Activity> _replies = [];
    private readonly List<object> _records = [];
    private readonly List<WorkRequest> _work = [];

    public Activity Activity { get; } = activity;

    public ConversationState State { get; } = state;

    public ChannelCapabilities Capabilities { get; } = capabilities;

    public TimeProvider Clock { get; } = clock;

    /// <summary>The key the conversation is stored under (<see cref="ConversationKeys"/>); the runner sets it.</summary>
    public string? ConversationKey { get; init; }

    /// <summary>True for a turn injected in-process by the agent desk (<see cref="TurnOrigin.ConversationKey"/>), never for a client's.</summary>
    public bool IsInternal { get; init; }

    /// <summary>Replies in the order they were sent; delivered only after the turn commits.</summary>
    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>Domain records (survey responses, cases...) saved in the same transaction as the state.</summary>
    public IReadOnlyList<object> Records => _records;

    /// <summary>Jobs for the durable work queue, committed in the same transaction as the state.</summary>
    public IReadOnlyList<WorkRequest> Work => _work;

    /// <summary>
    /// Queues a reply; addressing (from, recipient, conversation, replyToId) is filled in from the inbound activity. The
    /// sender is always the bot's account; a reply may only name who speaks through it (an agent's display name).
    /// </summary>
    public void Send(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var addressed = Activity.CreateReply() with { Type = reply.Type };
        _replies.Add(reply with
        {
            ChannelId = addressed.ChannelId,
            ServiceUrl = addressed.ServiceUrl,
            Conversation = addressed.Conversation,
            From = reply.From?.Name is { } speaker && addressed.From is { } bot ? bot with { Name = speaker } : addressed.From,
            Recipient = addressed.Recipient,
            ReplyToId = addressed.ReplyToId,
            Locale = reply.Locale ?? addressed.Locale,
        });
    }

    /// <summary>Queues a plain text message.</summary>
    public void SendText(string text, string inputHint = InputHints.AcceptingInput) =>
        Send(new Activity { Type = ActivityTypes.Message, Text = text, InputHint = inputHint });

    /// <summary>Adds a domain record to be stored with this turn.</summary>
    public void AddRecord(object record) => _records.Add(record);

    /// <summary>Schedules a job in the durable work queue, saved with this turn (or not at all).</summary>
    public void Schedule(WorkRequest work) => _work.Add(work);
}
