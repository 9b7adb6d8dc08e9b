using Microsoft.Extensions.Options;
using NpsBot.Channels.Proactive;
using NpsBot.Channels.Sms.Budget;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.Sms;

/// <summary>SMS as a proactive channel: any E.164 number, in the same conversation its replies reach over the webhook.</summary>
public sealed class SmsProactiveChannel(IOptions<TwilioOptions> options, SmsReplyFitter fitter) : IProactiveChannel
{
    public string ChannelId => SmsChannel.ChannelId;

    public string? RefusalOfRecipient(string recipient) =>
        !options.Value.Enabled ? "SMS is not configured on this server (Twilio:AccountSid)."
        : PhoneNumbers.IsE164(recipient) ? null
        : "An SMS recipient is a phone number in E.164 form, such as +447700900123.";

    public Task<ProactiveConversation?> OpenAsync(string recipient, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var address = new Activity
        {
            Type = ActivityTypes.Event,
            ChannelId = SmsChannel.ChannelId,
            Conversation = new ConversationAccount { Id = recipient },
            From = new ChannelAccount { Id = recipient, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = settings.From ?? settings.MessagingServiceSid, Role = RoleTypes.Bot },
        };
        return Task.FromResult<ProactiveConversation?>(
            new ProactiveConversation(SmsChannel.KeySpace, address, new VerifiedCustomer(recipient), SmsSendWork.Schedule, fitter.Fit));
    }
}
