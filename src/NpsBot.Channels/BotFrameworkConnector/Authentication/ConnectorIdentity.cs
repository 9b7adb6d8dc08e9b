namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>
/// What a validated connector token vouches for: a channel's token names the serviceUrl replies go to (its
/// <c>serviceurl</c> claim) and the channels its signing key is endorsed for; an Emulator token names neither.
/// </summary>
public sealed record ConnectorIdentity(bool IsEmulator, string AppId, string? ServiceUrl, IReadOnlyList<string> Endorsements)
{
    /// <summary>Why this token does not cover <paramref name="channelId"/> and <paramref name="serviceUrl"/>, or null when it does.</summary>
    public string? RefusalFor(string? channelId, string? serviceUrl)
    {
        if (IsEmulator)
        {
            return null;
        }

        // Stricter than the SDK, which lets an activity without channelId pass: a channel always names itself.
        if (string.IsNullOrEmpty(channelId) || !Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase))
        {
            return $"The token's signing key is not endorsed for channel '{channelId}'.";
        }

        return string.Equals(ServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The token's serviceurl claim is not the activity's serviceUrl.";
    }
}
