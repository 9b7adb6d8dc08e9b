using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Work;

namespace NpsBot.Conversations.Runner;

/// <summary>
/// The only place that touches conversation state: one turn at a time per conversation, an activity id already
/// processed answers with its stored replies, state + transcript + records are committed together with a version
/// check, and replies are returned only after that commit. A version conflict (another instance wrote first) reruns
/// the turn on the fresh state.
/// Personal data is redacted here, where the customer's text enters the domain (issue 7): the bot, its state, its
/// replies (and so the replay cache), the records and the transcript only ever see the redacted text. The raw text is
/// kept only encrypted, on the inbound transcript line, when <paramref name="protector"/> keeps it.
/// Internal turns (<see cref="TurnOrigin.ConversationKey"/>, the agent desk's) run on the named conversation, addressed
/// from its stored reference; observers hear of every committed turn (issue 9).
/// With <paramref name="states"/>, a state this process committed is taken up again as the object it was, without reading
/// the store; the commit checks that the stored row is still exactly that (see <see cref="CommittedStates"/>).
/// </summary>
public sealed class ConversationRunner(
    IBot bot, ITurnStore store, ITextRedactor redactor, TimeProvider clock, KeyedGate gate, ITextProtector? protector = null,
    IEnumerable<ITurnObserver>? observers = null, CommittedStates? states = null)
    : IConversationRunner
{
    private readonly ITextProtector _protector = protector ?? NoRawText.Instance;
    private readonly ITurnObserver[] _observers = observers?.ToArray() ?? [];

    private const int MaxAttempts = 5;

    public async Task<TurnResult> RunTurnAsync(Activity activity, TurnOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(origin);
        using var span = TurnTracing.Source.StartActivity("npsbot.turn");
        span?.SetTag("npsbot.key_space", origin.KeySpace);
        var started = clock.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await RunGatedAsync(activity, origin, cancellationToken);
            outcome = result.Duplicate ? "duplicate" : "new";
            return result;
        }
        finally
        {
            span?.SetTag("npsbot.outcome", outcome);
            TurnMetrics.Record(origin.KeySpace, outcome, clock.GetElapsedTime(started));
        }
    }

    private async Task<TurnResult> RunGatedAsync(Activity activity, TurnOrigin origin, CancellationToken cancellationToken)
    {
        var key = origin.ConversationKey ?? ConversationKeys.For(origin.KeySpace, activity);
        var raw = activity.Id is null ? activity with { Id = Guid.NewGuid().ToString("N") } : activity;
        var inbound = Redacted(raw);
        using var entered = await gate.EnterAsync(key, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            // The state this process committed last, when it still holds it: no read (its commit checks that nothing changed).
            if (attempt == 1 && states?.TakeUnread(key, inbound.Id!) is { } kept)
            {
                try
                {
                    var result = await RunOnceAsync(key, origin, inbound, raw.Text, kept.Stored, kept, cancellationToken);
                    states.Committed(held: true);
                    return result;
                }
                catch (TurnConflictException)
                {
                    // Changed since, or this activity was processed already: read, and answer or run again.
                    states.Committed(held: false);
                    continue;
                }
            }

            var start = await store.StartTurnAsync(key, inbound.Id!, cancellationToken);
            if (start.EarlierReplies is { } earlier)
            {
                return new TurnResult(earlier, Duplicate: true);
            }

            try
            {
                return await RunOnceAsync(key, origin, inbound, raw.Text, start.Stored, unread: null, cancellationToken);
            }
            catch (TurnConflictException) when (attempt < MaxAttempts)
            {
                // Another server instance saved this conversation first: run the turn again on its state.
            }
        }
    }

    // unread: the state this process committed as stored, taken without reading the store (the commit then requires its
    // JSON); null when stored was read.
    private async Task<TurnResult> RunOnceAsync(
        string key, TurnOrigin origin, Activity inbound, string? rawText, StoredConversation? stored, CommittedStates.Kept? unread, CancellationToken cancellationToken)
    {
        var kept = unread ?? (stored is null ? null : states?.Take(stored));
        var state = kept?.State ?? (stored is null ? new ConversationState() : StoredStateJson.Deserialize(stored.StateJson, key));
        var isInternal = origin.ConversationKey is not null;

        // The previous inbound line's sender: every stored turn's inbound line is from the reference's user.
        var previousSender = stored is null ? null : state.Reference?.User;
        if (isInternal)
        {
            inbound = Addressed(inbound, state.Reference);
        }
        else if (inbound.Conversation?.Id is not null)
        {
            state.Reference = ReferenceOf(inbound);
        }

        var previousMode = state.Mode;
        var turn = new TurnContext(inbound, state, ChannelCapabilities.For(inbound.ChannelId), clock) { ConversationKey = key, IsInternal = isInternal };

        await bot.OnTurnAsync(turn, cancellationToken);

        var now = clock.GetUtcNow();
        var shape = origin.ShapeReply ?? (reply => reply);
        var replies = turn.Replies.Select(reply => shape(reply with { Timestamp = reply.Timestamp ?? now })).ToList();
        var repliesJson = JsonSerializer.Serialize(replies, ActivityJsonContext.Default.ListActivity);
        var redactedReplies = replies.Select(Redacted).ToList();
        IReadOnlyList<WorkRequest> work = origin.ReplyWork is null
            ? turn.Work
            : [.. turn.Work, .. origin.ReplyWork(new TurnReplies(key, replies, repliesJson, now))];
        var stateJson = StoredStateJson.Serialize(state, key);
        await store.CommitAsync(
            new TurnCommit(
                key,
                stored?.Version ?? 0,
                stateJson,
                state.Mode,
                inbound,
                replies,
                Transcript(inbound, rawText, replies, redactedReplies, now, SameAccount(previousSender, state.Reference?.User) && SameAccount(previousSender, inbound.From)),
                turn.Records,
                now)
            {
                RepliesJson = ReplayJson(replies, redactedReplies, repliesJson), Work = work, Customer = origin.Customer,
                InDialog = state.Dialogs.DialogStack.Count > 0, ExpectedStateJson = unread is null ? null : stored!.StateJson,
            },
            cancellationToken);
        states?.Keep(key, stateJson, state, (stored?.Version ?? 0) + 1, inbound.Id!, kept);
        await NotifyAsync(new CommittedTurn(key, inbound, replies, turn.Records, previousMode, state.Mode, isInternal, now), cancellationToken);
        return new TurnResult(replies, Duplicate: false) { RepliesJson = repliesJson };
    }

    private async Task NotifyAsync(CommittedTurn committed, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.TurnCommittedAsync(committed, cancellationToken);
            }
#pragma warning disable CA1031 // The turn is committed: an observer's failure (a console feed) must not fail it.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                System.Diagnostics.Trace.TraceWarning("A turn observer failed: {0}", ex.Message);
            }
        }
    }

    /// <summary>What the next internal turn is addressed from: the endpoint's last inbound activity.</summary>
    private static ConversationReference ReferenceOf(Activity inbound) => new()
    {
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        Conversation = inbound.Conversation,
        User = inbound.From,
        Bot = inbound.Recipient,
        Locale = inbound.Locale,
    };

    /// <summary>An internal turn as if the customer's channel had brought it: its replies are addressed to the customer.</summary>
    private static Activity Addressed(Activity inbound, ConversationReference? reference) => reference is null ? inbound : inbound with
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation,
        From = reference.User,
        Recipient = reference.Bot,
        Locale = inbound.Locale ?? reference.Locale,
    };

    /// <summary>
    /// The activity as the domain sees it: every field a customer types (text, speak, summary) redacted; the same
    /// instance when redaction changes none of them.
    /// </summary>
    private Activity Redacted(Activity activity)
    {
        var text = Redact(activity.Text);
        var speak = Redact(activity.Speak);
        var summary = Redact(activity.Summary);
        return ReferenceEquals(text, activity.Text) && ReferenceEquals(speak, activity.Speak) && ReferenceEquals(summary, activity.Summary)
            ? activity
            : activity with { Text = text, Speak = speak, Summary = summary };
    }

    /// <summary>The redacted text, or the very same string when redaction changed nothing.</summary>
    private string? Redact(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var redacted = redactor.Redact(text);
        return string.Equals(redacted, text, StringComparison.Ordinal) ? text : redacted;
    }

    /// <summary>
    /// What the replay cache (processed_activities) keeps for a re-sent activity: the replies as they went out when
    /// redaction changes none of them (the bot's wording is built from redacted input), else their redacted copies. An
    /// agent's words relayed by an internal turn are never kept raw there: internal turns are never re-sent anyway.
    /// </summary>
    private static string ReplayJson(List<Activity> replies, List<Activity> redactedReplies, string repliesJson)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            if (!ReferenceEquals(replies[i], redactedReplies[i]))
            {
                return JsonSerializer.Serialize(redactedReplies, ActivityJsonContext.Default.ListActivity);
            }
        }

        return repliesJson;
    }

    private List<TranscriptEntry> Transcript(
        Activity inbound, string? rawText, List<Activity> replies, List<Activity> redactedReplies, DateTimeOffset now, bool senderUnchanged)
    {
        var line = Entry(TranscriptEntry.Inbound, inbound, inbound.Text, inbound.Timestamp ?? now) with { SenderUnchanged = senderUnchanged };

        // Only what redaction changed needs a raw copy: otherwise the stored text already is the customer's words.
        if (rawText is not null && !string.Equals(rawText, inbound.Text, StringComparison.Ordinal))
        {
            line = line with { ProtectedRawText = _protector.Protect(rawText) };
        }

        var entries = new List<TranscriptEntry>(replies.Count + 1) { line };

        // Replies are built from redacted input already; redacting them again guards against wording that quotes more.
        // An agent's words relayed by the bot are kept as a customer's are: redacted, the raw text only encrypted.
        for (var i = 0; i < replies.Count; i++)
        {
            var reply = replies[i];
            var redacted = redactedReplies[i].Text;
            var entry = Entry(TranscriptEntry.Outbound, reply, redacted, now);
            entries.Add(reply.Text is not null && !string.Equals(reply.Text, redacted, StringComparison.Ordinal)
                ? entry with { ProtectedRawText = _protector.Protect(reply.Text) }
                : entry);
        }

        return entries;
    }

    /// <summary>The same id and name (what a transcript line keeps of an account); never true of a missing account.</summary>
    private static bool SameAccount(ChannelAccount? before, ChannelAccount? now) =>
        before is not null && now is not null
        && string.Equals(before.Id, now.Id, StringComparison.Ordinal) && string.Equals(before.Name, now.Name, StringComparison.Ordinal);

    private static TranscriptEntry Entry(string direction, Activity activity, string? text, DateTimeOffset at) => new(
        direction,
        activity.Id ?? activity.ReplyToId,
        activity.Type,
        text,
        activity.From?.Id,
        activity.From?.Name,
        at);
}
