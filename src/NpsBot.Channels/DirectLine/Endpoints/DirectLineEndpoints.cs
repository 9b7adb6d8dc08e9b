using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>Maps Direct Line 3.0 under /v3/directline: tokens, conversations, activities and the WebSocket stream.</summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).RequireCors(DirectLineCors.PolicyName).WithTags("Direct Line");
        TokenEndpoints.Map(group);
        ConversationEndpoints.Map(group);
        ActivityEndpoints.Map(group);
        StreamEndpoint.Map(group);
        return endpoints;
    }
}
