using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.DirectLine;

/// <summary>
/// Runs Direct Line activities through the conversation runner, as /api/messages does: the user's activity is logged
/// (the echo Web Chat waits for), a typing indicator goes out while the bot works, and the committed replies are logged
/// as the bot's, each answering the echoed activity.
/// </summary>
public sealed class DirectLineTurns(IConversationRunner runner, IDirectLineActivityLog log, IOptions<DirectLineOptions> options, TimeProvider clock,
    ILogger<DirectLineTurns> logger)
{
    private DirectLineOptions Options => options.Value;

    private ChannelAccount Bot => new() { Id = Options.BotId, Name = Options.BotName, Role = RoleTypes.Bot };

    /// <summary>Creates the conversation and lets the bot speak first (once: false when it already existed).</summary>
    public async Task<bool> StartAsync(DirectLineConversation conversation, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!await log.TryCreateAsync(conversation, cancellationToken))
        {
            return false;
        }

        var joined = Inbound(conversation, new Activity { Type = ActivityTypes.ConversationUpdate, Locale = locale }, serviceUrl) with
        {
            Id = $"{conversation.Id}|start",
            MembersAdded = [conversation.User],
        };
        try
        {
            // conversationUpdate never reaches the client, so the greeting answers nothing it has seen (no replyToId).
            await RunAsync(conversation, joined, replyToId: null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed greeting must not fail the start: Web Chat treats any error there as fatal and never retries.
            logger.LogError(ex, "The bot failed on the start of Direct Line conversation {ConversationId}", conversation.Id);
        }

        return true;
    }

    /// <summary>Logs the user's activity (the echo), runs its turn unless it is a typing, and answers the activity's id.</summary>
    public async Task<string?> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl, CancellationToken cancellationToken)
    {
        var inbound = Inbound(conversation, posted, serviceUrl);
        if (inbound.Type == ActivityTypes.Typing)
        {
            var typingId = $"{conversation.Id}|typing-{Guid.NewGuid():N}";
            log.Publish(conversation.Id, inbound with { Id = typingId, Timestamp = clock.GetUtcNow() });
            return typingId;
        }

        var echoed = await log.AppendAsync(conversation.Id, [inbound], cancellationToken);
        if (echoed is null)
        {
            return null;
        }

        await RunAsync(conversation, echoed[0], echoed[0].Id, cancellationToken);
        return echoed[0].Id;
    }

    private async Task RunAsync(DirectLineConversation conversation, Activity inbound, string? replyToId, CancellationToken cancellationToken)
    {
        log.Publish(conversation.Id, new Activity { Type = ActivityTypes.Typing, From = Bot, Recipient = conversation.User, Conversation = inbound.Conversation, ChannelId = Options.ChannelId });
        // Direct Line conversations live in their own key space; the customer is the one the token was issued for.
        var origin = new TurnOrigin(
            KeySpaces.DirectLine, conversation.User.Id is { } userId ? new VerifiedCustomer(userId, conversation.User.Name) : null);
        var turn = await runner.RunTurnAsync(inbound, origin, cancellationToken);
        var replies = turn.Replies
            .Where(reply => reply.Type is not (ActivityTypes.Trace or ActivityTypes.Typing))
            .Select(reply => reply with
            {
                ChannelId = Options.ChannelId,
                Conversation = inbound.Conversation,
                From = Bot,
                Recipient = conversation.User,
                ReplyToId = replyToId,
                ServiceUrl = null,
            })
            .ToList();
        if (replies.Count > 0)
        {
            await log.AppendAsync(conversation.Id, replies, cancellationToken);
        }
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
}
