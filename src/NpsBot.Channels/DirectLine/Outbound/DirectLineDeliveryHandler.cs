using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.DirectLine.Outbound;

/// <summary>
/// Runs "directline.deliver" jobs: appends the activities to the conversation's log as the bot's (the bot account, the
/// speaking agent's name kept), answering nothing the client did not see (no replyToId). Once per job, whoever runs it.
/// </summary>
public sealed class DirectLineDeliveryHandler(
    IDataProtectionProvider protection, IDirectLineActivityLog log, IOptions<DirectLineOptions> options, ILogger<DirectLineDeliveryHandler> logger) : IWorkHandler
{
    public const string Purpose = "NpsBot.DirectLine.Outbound";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Kind => DirectLineOutbound.Kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var payload = DirectLineOutbound.Read(item.Payload) ?? throw new WorkFailedPermanentlyException("The payload is not a Direct Line delivery.");
        var conversation = await log.FindAsync(payload.ConversationId, cancellationToken);
        if (conversation is null)
        {
            // Expired (idle) or forgotten: there is no Web Chat left to show it in.
            logger.LogWarning("Direct Line conversation {ConversationId} is gone; {Count} activities not delivered", payload.ConversationId, payload.Activities.Count);
            return;
        }

        var bot = new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
        var activities = payload.Activities
            .Select(sealedActivity => JsonSerializer.Deserialize<Activity>(_protector.Unprotect(Convert.FromBase64String(sealedActivity)), ActivityJson.Options)!)
            .Where(activity => activity.Type is not (ActivityTypes.Trace or ActivityTypes.Typing))
            .Select(activity => activity with
            {
                Id = null,
                ChannelId = options.Value.ChannelId,
                Conversation = new ConversationAccount { Id = conversation.Id },
                From = bot with { Name = activity.From?.Name ?? bot.Name },
                Recipient = conversation.User,
                ReplyToId = null,
                ServiceUrl = null,
            })
            .ToList();
        await log.AppendOutboundAsync(conversation.Id, $"job-{item.Id}", activities, cancellationToken);
    }
}
