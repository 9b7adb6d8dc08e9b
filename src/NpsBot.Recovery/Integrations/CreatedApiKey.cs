namespace NpsBot.Recovery.Integrations;

/// <summary>A new key: <see cref="Key"/> is the only copy; only its SHA-256 hash is stored.</summary>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);
