using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NpsBot.Server.Tests.Support.Azure;

/// <summary>Mints tokens as the Bot Connector and Entra ID sign them, with IdentityModel (any claim can be bent for a negative case).</summary>
public static class TokenMinter
{
    public const string ChannelIssuer = "https://api.botframework.com";

    public static string Channel(
        RsaSecurityKey key, string audience, string serviceUrl, string issuer = ChannelIssuer, DateTime? expires = null, bool withExpiry = true)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl };
        return Mint(key, issuer, audience, claims, expires, withExpiry);
    }

    /// <summary>An Emulator token: a v1 token carries the app id in <c>appid</c>, a v2 token in <c>azp</c>.</summary>
    public static string Emulator(RsaSecurityKey key, string appId, string tenantId, string version = "1.0")
    {
        var issuer = version == "2.0" ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/";
        var claims = new Dictionary<string, object> { ["ver"] = version, ["tid"] = tenantId, [version == "2.0" ? "azp" : "appid"] = appId };
        return Mint(key, issuer, appId, claims, null, true);
    }

    private static string Mint(RsaSecurityKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime? expires, bool withExpiry)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddHours(-1),
            NotBefore = expiry.AddHours(-1),
            Expires = withExpiry ? expiry : null,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return handler.CreateToken(descriptor);
    }
}
