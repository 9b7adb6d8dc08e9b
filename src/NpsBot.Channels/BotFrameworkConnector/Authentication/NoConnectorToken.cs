namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>No app id configured: replies go out without an Authorization header, as the SDK's anonymous mode sends them.</summary>
public sealed class NoConnectorToken : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
