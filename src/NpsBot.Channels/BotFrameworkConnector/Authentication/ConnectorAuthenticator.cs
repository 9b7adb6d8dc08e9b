using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>
/// Validates the bearer token of a request to /api/messages as the Bot Framework does (BBN JwtTokenExtractor,
/// ChannelValidation, EmulatorValidation), with IdentityModel doing the JWT work: signature with a key from the OpenID
/// metadata (refreshed on an unknown key id), issuer, audience = our app id, lifetime with 5 minutes of skew, and an
/// expiry required. The channel endorsement and serviceurl checks need the activity: <see cref="ConnectorIdentity.RefusalFor"/>.
/// </summary>
public sealed class ConnectorAuthenticator(IOptions<BotAuthenticationOptions> options, ConnectorKeySources keys)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlyList<string> Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private const string Scheme = "Bearer";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (Extract(authorization) is not { } raw)
        {
            return AuthenticationOutcome.Refused("No 'Authorization: Bearer <token>' header.");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Refused("The bearer token is not a JWT.");
        }

        var emulatorIssuers = EmulatorIssuers.For(settings);
        var isEmulator = EmulatorIssuers.LooksLikeEntraIssuer(token.Issuer);
        var source = isEmulator ? keys.Emulator : keys.Channel;
        SigningKeys signing;
        try
        {
            signing = await source.KeysForAsync(token.Kid, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            // The metadata server is down or answers nonsense: nothing can be verified, so the request is refused (401, not 500).
            return AuthenticationOutcome.Refused($"The signing keys could not be fetched ({ex.GetType().Name}).");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = isEmulator ? emulatorIssuers : [settings.ToBotFromChannelTokenIssuer],
            ValidAudience = settings.MicrosoftAppId,
            IssuerSigningKeys = signing.Keys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            TryAllIssuerSigningKeys = false,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Refused($"The token is not valid: {result.Exception?.GetType().Name ?? "unknown reason"}.");
        }

        return isEmulator ? Emulator(token, settings.MicrosoftAppId!) : Channel(token, signing, settings.MicrosoftAppId!);
    }

    /// <summary>"Bearer" in any case, one space or more, then the token (RFC 7235: the scheme is case-insensitive; the SDK is not).</summary>
    public static string? Extract(string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return null;
        }

        var parts = authorization.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && string.Equals(parts[0], Scheme, StringComparison.OrdinalIgnoreCase) && !parts[1].Contains(' ', StringComparison.Ordinal)
            ? parts[1]
            : null;
    }

    private static AuthenticationOutcome Channel(JsonWebToken token, SigningKeys signing, string appId)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return AuthenticationOutcome.Refused("The channel token has no serviceurl claim.");
        }

        // A channel token's key must carry endorsements (BBN EndorsementsValidator); which channel is checked with the activity.
        if (token.Kid is null || !signing.Endorsements.TryGetValue(token.Kid, out var endorsements) || endorsements.Count == 0)
        {
            return AuthenticationOutcome.Refused("The channel token's signing key carries no endorsements.");
        }

        return new AuthenticationOutcome(new ConnectorIdentity(false, appId, serviceUrl, endorsements), null);
    }

    /// <summary>The Emulator's app id claim: <c>appid</c> for v1 tokens (or no version), <c>azp</c> for v2 (BBN EmulatorValidation).</summary>
    private static AuthenticationOutcome Emulator(JsonWebToken token, string appId)
    {
        token.TryGetPayloadValue<string>("ver", out var version);
        var claim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (claim is null)
        {
            return AuthenticationOutcome.Refused($"The Emulator token's version '{version}' is not 1.0 or 2.0.");
        }

        return token.TryGetPayloadValue<string>(claim, out var tokenAppId) && string.Equals(tokenAppId, appId, StringComparison.Ordinal)
            ? new AuthenticationOutcome(new ConnectorIdentity(true, appId, null, []), null)
            : AuthenticationOutcome.Refused($"The Emulator token's {claim} claim is not this bot's app id.");
    }
}
