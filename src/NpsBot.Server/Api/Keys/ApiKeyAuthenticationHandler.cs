using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Server.Api.Keys;

/// <summary>
/// Reads an API key from <c>Authorization: Bearer …</c> or <c>X-Api-Key</c> and signs the caller in with its scope.
/// No key = no result (401 on an API endpoint); a wrong or revoked key = failure (401); right key, wrong scope = 403.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.AuthenticateAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid or was revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ApiKeyDefaults.KeyIdClaim, key.KeyId),
                new Claim(ApiKeyDefaults.ScopeClaim, ApiKeyScopes.Name(key.Scope)),
            ],
            ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        var apiKey = request.Headers[ApiKeyDefaults.HeaderName].ToString();
        return string.IsNullOrWhiteSpace(apiKey) ? null : apiKey.Trim();
    }
}
