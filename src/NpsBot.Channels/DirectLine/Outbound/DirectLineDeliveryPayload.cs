namespace NpsBot.Channels.DirectLine.Outbound;

/// <summary>
/// A "directline.deliver" job: the conversation, its activities encrypted as the log keeps them (Base64), and a random
/// delivery id that marks them in the log once (random, so no client can post it first).
/// </summary>
public sealed record DirectLineDeliveryPayload(string ConversationId, IReadOnlyList<string> Activities, string DeliveryId);
