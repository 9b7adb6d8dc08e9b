namespace NpsBot.Channels.Sms;

/// <summary>The names the SMS channel is known by: its channel id, its key space and its webhook path.</summary>
public static class SmsChannel
{
    /// <summary>The activities' channelId (plain text, numbered choices: see ChannelCapabilities).</summary>
    public const string ChannelId = "sms";

    /// <summary>The conversations of Twilio's webhook live apart from every other endpoint's (issue 7).</summary>
    public const string KeySpace = "sms";

    public const string WebhookPath = "/api/sms/twilio";
}
