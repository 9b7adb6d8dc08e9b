using Microsoft.Extensions.Options;

namespace NpsBot.Server.WebChat;

/// <summary>GET /: the customer's chat page (the official Web Chat, served from wwwroot), with who may frame it.</summary>
public static class WebChatPage
{
    public const string PagePath = "webchat/index.html";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/", (HttpContext context, IWebHostEnvironment environment, IOptions<WebChatOptions> options) =>
        {
            var page = environment.WebRootFileProvider.GetFileInfo(PagePath);
            if (!page.Exists)
            {
                return Results.Problem("The chat page is missing from wwwroot; build the server project (it installs Web Chat).", statusCode: 500);
            }

            AddPageHeaders(context.Response.Headers, options.Value);
            return Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
        }).WithName("WebChatPage").WithSummary("The customer's chat page.").ExcludeFromDescription();

    /// <summary>frame-ancestors says which sites may embed the page; no-cache so a new build's page is picked up.</summary>
    public static void AddPageHeaders(IHeaderDictionary headers, WebChatOptions options)
    {
        headers.ContentSecurityPolicy = $"frame-ancestors {options.FrameAncestors}";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers["Referrer-Policy"] = "same-origin";
    }
}
