namespace NpsBot.Server.Proactive;

/// <summary>Lets a request through only with a valid key in <c>X-Api-Key</c>; otherwise 401 problem details.</summary>
public sealed class ApiKeyFilter(IApiKeyValidator keys) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        if (presented.Length == 0 || presented.Length > 512 || !await keys.IsValidAsync(presented, context.HttpContext.RequestAborted))
        {
            return TypedResults.Problem(
                $"A valid API key is required in the {Header} header.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        return await next(context);
    }
}
