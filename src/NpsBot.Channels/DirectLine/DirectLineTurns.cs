using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.DirectLine;

/// <summary>
/// Runs Direct Line activities through the conversation runner, as /api/messages does: the user's activity is logged
/// (the echo Web Chat waits for), a typing indicator goes out while the bot works, and the committed replies are logged
/// as the bot's, each answering the echoed activity. A turn is identified by its echo's id, which the runner
/// de-duplicates on, so running it again (a retried post, or <see cref="RecoverAsync"/> after a crash) never runs it
/// twice, and the log appends its replies once.
/// </summary>
public sealed class DirectLineTurns(IConversationRunner runner, IDirectLineActivityLog log, IOptions<DirectLineOptions> options, TimeProvider clock,
    ILogger<DirectLineTurns> logger, IEnumerable<ITurnObserver>? observers = null)
{
    private readonly ITurnObserver[] _observers = observers?.ToArray() ?? [];

    /// <summary>Turns older than this are not recovered any more (a bot that keeps failing on one is not retried for ever).</summary>
    public static readonly TimeSpan RecoverWithin = TimeSpan.FromMinutes(10);

    private DirectLineOptions Options => options.Value;

    private ChannelAccount Bot => new() { Id = Options.BotId, Name = Options.BotName, Role = RoleTypes.Bot };

    /// <summary>Creates the conversation and lets the bot speak first (once: false when it already existed).</summary>
    public async Task<bool> StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!await log.TryCreateAsync(conversation, cancellationToken))
        {
            await RejoinAsync(conversation, serviceUrl, cancellationToken);
            return false;
        }

        try
        {
            await GreetAsync(conversation, serviceUrl, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed greeting must not fail the start: Web Chat treats any error there as fatal and never retries.
            logger.LogError(ex, "The bot failed on the start of Direct Line conversation {ConversationId}", conversation.Id);
        }

        return true;
    }

    /// <summary>
    /// Logs the user's activity (the echo), runs its turn unless it is a typing, and answers the outcome (null: no such
    /// conversation). A retried post (same client activity id) gets its first echo, and its turn runs only if it never finished.
    /// </summary>
    public async Task<PostOutcome?> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl, CancellationToken cancellationToken)
    {
        var inbound = Inbound(conversation, posted, serviceUrl);
        if (inbound.Type == ActivityTypes.Typing)
        {
            var typing = inbound with { Id = $"{conversation.Id}|typing-{Guid.NewGuid():N}", Timestamp = clock.GetUtcNow() };
            log.Publish(conversation.Id, typing);
            await TypingObservedAsync(conversation, cancellationToken);
            return new PostOutcome(typing, Answered: true);
        }

        var outcome = await log.AppendPostAsync(conversation.Id, inbound, ClientActivityId(posted), cancellationToken);
        if (outcome is { Echo: { } echo, Answered: false })
        {
            await AnswerAsync(conversation, echo, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Runs (again) the turns whose replies never reached the log, logged between <see cref="RecoverWithin"/> and <paramref name="olderThan"/> ago.</summary>
    public async Task<int> RecoverAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recovered = 0;
        foreach (var pending in await log.FindPendingAsync(now - RecoverWithin, now - olderThan, cancellationToken))
        {
            try
            {
                await (pending.Echo is { } echo
                    ? AnswerAsync(pending.Conversation, echo, cancellationToken)
                    : GreetAsync(pending.Conversation, Options.PublicBaseUrl ?? "", cancellationToken));
                recovered++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The bot failed again on a turn of Direct Line conversation {ConversationId}", pending.Conversation.Id);
            }
        }

        return recovered;
    }

    /// <summary>
    /// The customer is back in a conversation that exists (Web Chat resumed it on a new visit): the bot hears them join
    /// again (a follow-up survey may be due), and what it says is appended to the log. A failure must not fail the start.
    /// </summary>
    private async Task RejoinAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        try
        {
            var joinId = $"{conversation.Id}|join-{Guid.NewGuid():N}";
            var joined = Inbound(conversation, new Activity { Type = ActivityTypes.ConversationUpdate, Locale = conversation.Locale }, serviceUrl) with
            {
                Id = joinId,
                MembersAdded = [conversation.User],
            };
            var replies = await RunAsync(conversation, joined, replyToId: null, cancellationToken);
            if (replies.Count > 0)
            {
                await log.AppendOutboundAsync(conversation.Id, joinId, replies, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The bot failed on the return of the customer to Direct Line conversation {ConversationId}", conversation.Id);
        }
    }

    private async Task TypingObservedAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.For(KeySpaces.DirectLine, Options.ChannelId, conversation.Id);
        foreach (var observer in _observers)
        {
            try
            {
                await observer.CustomerTypingAsync(key, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "A turn observer failed on a typing indicator in {ConversationId}", conversation.Id);
            }
        }
    }

    private async Task GreetAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        var joined = Inbound(conversation, new Activity { Type = ActivityTypes.ConversationUpdate, Locale = conversation.Locale }, serviceUrl) with
        {
            Id = $"{conversation.Id}|start",
            MembersAdded = [conversation.User],
        };

        // conversationUpdate never reaches the client, so the greeting answers nothing it has seen (no replyToId).
        var replies = await RunAsync(conversation, joined, replyToId: null, cancellationToken);
        await log.AppendRepliesAsync(conversation.Id, answering: null, replies, cancellationToken);
    }

    private async Task AnswerAsync(DirectLineConversation conversation, Activity echo, CancellationToken cancellationToken)
    {
        var replies = await RunAsync(conversation, echo, echo.Id, cancellationToken);
        await log.AppendRepliesAsync(conversation.Id, echo.Id, replies, cancellationToken);
    }

    private async Task<IReadOnlyList<Activity>> RunAsync(DirectLineConversation conversation, Activity inbound, string? replyToId, CancellationToken cancellationToken)
    {
        log.Publish(conversation.Id, new Activity { Type = ActivityTypes.Typing, From = Bot, Recipient = conversation.User, Conversation = inbound.Conversation, ChannelId = Options.ChannelId });

        // Direct Line conversations live in their own key space; the customer is the one the token was issued for.
        // A turn already committed (retry, recovery) answers its stored replies without running the bot again.
        var origin = new TurnOrigin(
            KeySpaces.DirectLine, conversation.User.Id is { } userId ? new VerifiedCustomer(userId, conversation.User.Name) : null);
        var turn = await runner.RunTurnAsync(inbound, origin, cancellationToken);
        return [.. turn.Replies
            .Where(reply => reply.Type is not (ActivityTypes.Trace or ActivityTypes.Typing))
            .Select(reply => reply with
            {
                ChannelId = Options.ChannelId,
                Conversation = inbound.Conversation,
                From = Bot,
                Recipient = conversation.User,
                ReplyToId = replyToId,
                ServiceUrl = null,
            })];
    }

    /// <summary>
    /// What Direct Line guarantees the bot: channel, conversation, recipient, and the token's user as sender, with the
    /// token's name only (a signed customer's); a name the client puts in "from" is dropped (issue 7).
    /// </summary>
    private Activity Inbound(DirectLineConversation conversation, Activity posted, string serviceUrl) => posted with
    {
        Id = null,
        ChannelId = Options.ChannelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversation.Id },
        Recipient = Bot,
        From = (posted.From ?? new ChannelAccount()) with
        {
            Id = conversation.User.Id,
            Name = conversation.User.Name,
            Role = RoleTypes.User,
        },
    };

    /// <summary>Web Chat's channelData.clientActivityID (ids longer than a stored key are not used for de-duplication).</summary>
    private static string? ClientActivityId(Activity posted) =>
        posted.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= 256 } value
            ? value
            : null;
}
