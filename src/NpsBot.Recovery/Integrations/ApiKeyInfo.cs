namespace NpsBot.Recovery.Integrations;

/// <summary>An API key as listed: never the key itself (it is shown once, when created).</summary>
public sealed record ApiKeyInfo(
    string KeyId, string Name, ApiKeyScope Scope, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);
