using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NpsBot.Channels.BotFrameworkConnector;
using NpsBot.Channels.Proactive;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Storage;

namespace NpsBot.Channels.Teams;

/// <summary>
/// Teams as a proactive channel: a user who installed the app (or chatted with the bot) in a personal chat, named by
/// their Teams user id ("29:...") or their Entra object id. The conversation reference stored with that chat (kept by
/// the runner from the last activity a validated channel token brought, so its serviceUrl is one a token vouched for)
/// addresses the invite; its replies leave as <c>reply.deliver</c> jobs through the connector with the outbound token.
/// </summary>
public sealed class TeamsProactiveChannel(IDbContextFactory<NpsBotDbContext> contexts, SealedReplies seal) : IProactiveChannel
{
    private const int MaxRecipientLength = 200;

    public string ChannelId => TeamsChannel.Id;

    public string? RefusalOfRecipient(string recipient) =>
        string.IsNullOrWhiteSpace(recipient) || recipient.Length > MaxRecipientLength || recipient.Any(char.IsControl)
            ? $"A Teams recipient is the user's Teams id (29:...) or Entra object id, at most {MaxRecipientLength} characters."
            : null;

    public async Task<ProactiveConversation?> OpenAsync(string recipient, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var userIds = await context.Customers.AsNoTracking()
            .Where(c => c.ChannelId == TeamsChannel.Id && (c.ChannelUserId == recipient || c.AadObjectId == recipient))
            .Select(c => c.ChannelUserId).ToListAsync(cancellationToken);
        userIds.Add(recipient);
        var prefix = KeySpaces.BotFramework + "|";
        var candidates = await context.Conversations.AsNoTracking()
            .Where(c => c.ChannelId == TeamsChannel.Id && c.CustomerId != null && userIds.Contains(c.CustomerId) && c.ConversationKey.StartsWith(prefix))
            .OrderByDescending(c => c.UpdatedAt)
            .Select(c => new { c.ConversationKey, c.StateJson })
            .Take(20)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            if (PersonalReference(candidate.StateJson, candidate.ConversationKey) is { } reference)
            {
                return Open(reference);
            }
        }

        return null;
    }

    private ProactiveConversation Open(ConversationReference reference)
    {
        var address = new Activity
        {
            Type = ActivityTypes.Event,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        var customer = new VerifiedCustomer(reference.User!.Id!, reference.User.Name)
        {
            AadObjectId = reference.User.AadObjectId,
            TenantId = reference.Conversation?.TenantId,
        };
        return new ProactiveConversation(KeySpaces.BotFramework, address, customer, new ConnectorOutbound(seal).Deliver);
    }

    /// <summary>The stored reference of a personal chat with a verified serviceUrl, or null (a group chat, a channel, no reference).</summary>
    private static ConversationReference? PersonalReference(string stateJson, string conversationKey)
    {
        ConversationState? state;
        try
        {
            state = StoredStateJson.Deserialize(stateJson, conversationKey);
        }
        catch (JsonException)
        {
            return null;
        }

        return state?.Reference is
        {
            ServiceUrl.Length: > 0,
            User.Id.Length: > 0,
            Conversation: { Id.Length: > 0, IsGroup: not true } conversation,
        } reference && conversation.ConversationType is null or "personal"
            ? reference
            : null;
    }
}
