using NpsBot.Recovery.Integrations;

namespace NpsBot.Console.Tests.Admin;

/// <summary>API keys in memory, as the host's service behaves: a key shown once, listed without it, revoked by id.</summary>
internal sealed class FakeApiKeys : IApiKeys
{
    private readonly List<ApiKeyInfo> _keys = [];

    public List<(string Name, ApiKeyScope Scope)> Created { get; } = [];

    public void Seed(ApiKeyInfo key) => _keys.Add(key);

    public Task<CreatedApiKey> CreateAsync(string name, ApiKeyScope scope, CancellationToken cancellationToken)
    {
        Created.Add((name, scope));
        var info = new ApiKeyInfo($"k{_keys.Count + 1}", name, scope, DateTimeOffset.UtcNow, null, null);
        _keys.Add(info);
        return Task.FromResult(new CreatedApiKey(info, $"nps_{info.KeyId}_secret{_keys.Count}"));
    }

    public Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ApiKeyInfo>>([.. _keys]);

    public Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        var index = _keys.FindIndex(k => k.KeyId == keyId);
        if (index < 0)
        {
            return Task.FromResult(false);
        }

        _keys[index] = _keys[index] with { RevokedAt = DateTimeOffset.UtcNow };
        return Task.FromResult(true);
    }

    public Task<ApiKeyInfo?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken) => Task.FromResult<ApiKeyInfo?>(null);
}
