using System.ComponentModel.DataAnnotations;

namespace NpsBot.Server.WebChat;

/// <summary>The "WebChat" configuration section: how the customer's chat page looks and who may embed it.</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    [Required, StringLength(60)]
    public string BotName { get; set; } = "NpsBot";

    [Required, StringLength(3, MinimumLength = 1)]
    public string BotAvatarInitials { get; set; } = "NB";

    [StringLength(3)]
    public string UserAvatarInitials { get; set; } = "";

    [Required, RegularExpression("^#[0-9A-Fa-f]{6}$")]
    public string AccentColor { get; set; } = "#0063B1";

    [Required, StringLength(120)]
    public string PageTitle { get; set; } = "Tell us how we did";

    /// <summary>WebSocket (true) or polling (false) when the page's URL does not say (?webSocket=false).</summary>
    public bool UseWebSocket { get; set; } = true;

    /// <summary>A reload within this time continues the same conversation (token refresh + reconnect).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ResumeWithin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Tokens one client address may get from /api/webchat/token per minute.</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerMinute { get; set; } = 20;

    /// <summary>HMAC-SHA256 key the embedding site signs the customer's id and name with; empty = customers are anonymous.</summary>
    public string? CustomerSigningKey { get; set; }

    /// <summary>
    /// The longest a signed customer may be valid: its "exp" must be in the future and no further ahead than this.
    /// Sign the customer when the page is served, with an expiry of a few minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan CustomerMaxLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The Content-Security-Policy frame-ancestors sources of the page: who may show it in an iframe.</summary>
    [Required]
    public string FrameAncestors { get; set; } = "'self'";
}
