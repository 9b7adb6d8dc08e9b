namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>A validated identity, or the reason the request is refused (always answered 401).</summary>
public sealed record AuthenticationOutcome(ConnectorIdentity? Identity, string? Refusal)
{
    public static AuthenticationOutcome Refused(string reason) => new(null, reason);
}
