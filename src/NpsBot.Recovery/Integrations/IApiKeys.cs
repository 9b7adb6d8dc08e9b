namespace NpsBot.Recovery.Integrations;

/// <summary>REST API keys: created by the <c>api-keys</c> CLI verb today and by the admin page later, through this one service.</summary>
public interface IApiKeys
{
    Task<CreatedApiKey> CreateAsync(string name, ApiKeyScope scope, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>False when no key has that id.</summary>
    Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>The key's record when the presented key is a live key (hash compared in constant time); null otherwise. Records the time it was last used.</summary>
    Task<ApiKeyInfo?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken);
}
