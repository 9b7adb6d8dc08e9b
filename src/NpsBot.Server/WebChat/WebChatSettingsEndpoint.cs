using Microsoft.Extensions.Options;

namespace NpsBot.Server.WebChat;

/// <summary>GET /api/webchat/settings: the page's look and behaviour from configuration (nothing secret).</summary>
public static class WebChatSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/webchat/settings", (IOptions<WebChatOptions> options) => TypedResults.Ok(Settings.From(options.Value)))
            .WithName("WebChatSettings")
            .WithSummary("Bot name, avatar initials, accent colour, page title, transport and resume window for the chat page.");

    /// <summary>What the page reads.</summary>
    public sealed record Settings(
        string BotName, string BotAvatarInitials, string UserAvatarInitials, string AccentColor, string PageTitle, bool UseWebSocket, int ResumeWithinSeconds)
    {
        public static Settings From(WebChatOptions options) => new(
            options.BotName, options.BotAvatarInitials, options.UserAvatarInitials, options.AccentColor, options.PageTitle,
            options.UseWebSocket, (int)options.ResumeWithin.TotalSeconds);
    }
}
