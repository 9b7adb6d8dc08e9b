using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Endpoints;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Tokens;

namespace NpsBot.Server.WebChat;

/// <summary>
/// POST /api/webchat/token: what Direct Line's tokens/generate answers, without the caller holding the secret.
/// Body (optional): {"customer":"&lt;signed customer&gt;"} binds the token to that customer. Rate-limited per client address.
/// </summary>
public static class WebChatTokenEndpoint
{
    /// <summary>Its path; rate-limited per client address by <see cref="Security.AbuseLimits"/>.</summary>
    public const string Path = "/api/webchat/token";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, IssueAsync)
            .RequireCors(DirectLineCors.PolicyName)
            .WithName("WebChatToken")
            .WithSummary("Issues a Direct Line token for a new conversation: {\"token\",\"expires_in\",\"conversationId\"}.");

    private static async Task<IResult> IssueAsync(
        HttpRequest request, DirectLineTokenService tokens, IOptions<WebChatOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, bad) = await DirectLineBody.ReadOptionalAsync<TokenRequest>(request, cancellationToken);
        if (bad is not null)
        {
            return bad;
        }

        var customer = (SignedCustomer?)null;
        if (body?.Customer is { Length: > 0 } signed)
        {
            customer = options.Value.CustomerSigningKey is { Length: > 0 } key ? SignedCustomer.Verify(signed, key, clock.GetUtcNow(), options.Value.CustomerMaxLifetime) : null;
            if (customer is null)
            {
                return DirectLineResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, "The customer is not signed with this server's key, has no expiry, has expired, or expires too far ahead.");
            }
        }

        var conversationId = DirectLineRequest.NewId();
        var userId = customer is null ? DirectLineRequest.NewId("dl_") : "dl_" + customer.Id;
        var token = tokens.IssueConversationToken(conversationId, userId, customer?.Name);
        return DirectLineResults.Json(new ConversationInfo(conversationId, token, (int)tokens.Lifetime.TotalSeconds));
    }

    /// <summary>The optional request body.</summary>
    public sealed record TokenRequest(string? Customer);
}
