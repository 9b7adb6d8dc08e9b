namespace NpsBot.Server.Api.Keys;

/// <summary>The API key authentication scheme, its scope claim and the two authorization policies.</summary>
public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string ScopeClaim = "npsbot:scope";
    public const string KeyIdClaim = "npsbot:key_id";
    public const string ReadPolicy = "api.read";
    public const string WritePolicy = "api.write";
    public const string HeaderName = "X-Api-Key";
}
