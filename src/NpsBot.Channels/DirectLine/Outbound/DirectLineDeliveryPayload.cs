namespace NpsBot.Channels.DirectLine.Outbound;

/// <summary>A "directline.deliver" job: the conversation, and its activities encrypted as the log keeps them (Base64).</summary>
public sealed record DirectLineDeliveryPayload(string ConversationId, IReadOnlyList<string> Activities);
