namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>The bearer token for calls to the Bot Connector, or null when connector authentication is off (local development).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>A cached token while it has a few minutes left; <paramref name="forceRefresh"/> asks the authority for a new one (after a 401).</summary>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
