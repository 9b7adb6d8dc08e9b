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

    /// <summary>
    /// What the official Web Chat bundle needs and nothing more: scripts from this server only, inline styles (Web Chat
    /// styles itself through emotion's injected style elements), images and media from here or data:/blob: (avatars,
    /// attachments), fetch and the Direct Line WebSocket to this server only ('self' covers ws/wss of the same host).
    /// </summary>
    public static string ContentSecurityPolicy(WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; "
            + $"base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors {options.FrameAncestors}";
    }

    /// <summary>The page's CSP (frame-ancestors says which sites may embed it); no-cache so a new build's page is picked up.</summary>
    public static void AddPageHeaders(IHeaderDictionary headers, WebChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy(options);
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers["Referrer-Policy"] = "same-origin";
    }
}
