namespace NpsBot.Conversations.Runner;

/// <summary>What a channel can show; dialogs render buttons or numbered lists from this, never from the channel id.</summary>
public sealed record ChannelCapabilities(bool SupportsSuggestedActions, int MaxSuggestedActions, int? MaxMessageLength)
{
    /// <summary>
    /// How many buttons the channel draws as a card when they are more than <see cref="MaxSuggestedActions"/> (Teams: an
    /// Adaptive Card, rendered at delivery from the suggested actions); 0 = the question goes out as text only.
    /// </summary>
    public int MaxCardActions { get; init; }

    public static ChannelCapabilities Rich { get; } = new(true, 20, null);

    public static ChannelCapabilities PlainText { get; } = new(false, 0, 1600);

    /// <summary>Capabilities of the known channel ids; unknown channels get buttons.</summary>
    public static ChannelCapabilities For(string? channelId) => channelId switch
    {
        "sms" or "twilio-sms" or "console-plain" => PlainText,
        "msteams" => new ChannelCapabilities(true, 3, null) { MaxCardActions = 12 },
        _ => Rich,
    };
}
