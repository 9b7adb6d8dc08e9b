using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Tokens;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>Reads "Authorization: Bearer &lt;secret-or-token&gt;": 401 when missing or malformed, 403 when expired or not ours.</summary>
public sealed class DirectLineAuth(IOptions<DirectLineOptions> options, DirectLineTokenService tokens)
{
    /// <summary>The caller, or the error to answer with.</summary>
    public (DirectLineCaller? Caller, IResult? Error) Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header.Length <= "Bearer ".Length)
        {
            return (null, DirectLineResults.Error(StatusCodes.Status401Unauthorized, ErrorCodes.MissingAuthorization, "Send 'Authorization: Bearer <secret or token>'."));
        }

        var credential = header["Bearer ".Length..].Trim();
        if (IsSecret(credential))
        {
            return (new DirectLineCaller(null), null);
        }

        return Check(tokens.Read(credential), TokenScopes.Conversation);
    }

    /// <summary>Checks a token given outside the header (the streamUrl's "t"), for the given scope.</summary>
    public static (DirectLineCaller? Caller, IResult? Error) Check(TokenCheck check, params string[] scopes) => check switch
    {
        { Status: TokenStatus.Valid, Token: { } token } when scopes.Contains(token.Scope) => (new DirectLineCaller(token), null),
        { Status: TokenStatus.Expired } => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, ErrorCodes.TokenExpired, "The token has expired.")),
        _ => (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, ErrorCodes.TokenInvalid, "The token is not valid here.")),
    };

    private bool IsSecret(string credential)
    {
        var given = Encoding.UTF8.GetBytes(credential);
        var match = false;
        foreach (var secret in options.Value.Secrets)
        {
            match |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(secret));
        }

        return match;
    }
}
