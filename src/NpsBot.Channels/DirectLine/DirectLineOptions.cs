using System.ComponentModel.DataAnnotations;

namespace NpsBot.Channels.DirectLine;

/// <summary>The "DirectLine" configuration section: secrets, token lifetimes, the activity log, the stream, and the bounds on what one customer can cost.</summary>
public sealed class DirectLineOptions : IValidatableObject
{
    public const string SectionName = "DirectLine";

    /// <summary>Master keys (Authorization: Bearer &lt;secret&gt;) that open any conversation; kept server-side.</summary>
    public IList<string> Secrets { get; } = new List<string>();

    /// <summary>HMAC key for tokens; empty = derived from the first secret, so rotating the secret revokes every token.</summary>
    public string? TokenSigningKey { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a streamUrl may wait before its WebSocket is opened.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A conversation nobody touched for this long is removed from the log (its streams close).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ConversationIdleExpiry { get; set; } = TimeSpan.FromHours(2);

    /// <summary>An empty WebSocket message is sent after this much silence, so proxies and clients see a live socket.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest activity body accepted on a post (413 past it): far below Direct Line's 256K, a web chat message is short.</summary>
    [Range(1024, 256 * 1024)]
    public int MaxActivityBytes { get; set; } = 8 * 1024;

    /// <summary>Longest message text accepted (413 past it).</summary>
    [Range(1, 100_000)]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Bytes of activities one conversation may store; a post past it gets 413 (start a new conversation).</summary>
    [Range(16 * 1024, 1L << 32)]
    public long MaxBytesPerConversation { get; set; } = 256 * 1024;

    /// <summary>Bytes of activities all conversations together may store; past it, posts and new conversations get 429 until idle ones expire.</summary>
    [Range(64 * 1024, long.MaxValue)]
    public long MaxStoredBytes { get; set; } = 1L << 30;

    /// <summary>Posts one conversation may make per minute, on each server instance (429 with Retry-After past it).</summary>
    [Range(1, 10_000)]
    public int PostsPerMinute { get; set; } = 60;

    /// <summary>WebSockets one conversation may hold open on each server instance (429 past it).</summary>
    [Range(1, 100)]
    public int MaxSocketsPerConversation { get; set; } = 2;

    /// <summary>How often a server instance looks in the database for activities another instance appended to a conversation it streams.</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:00:30")]
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A user's activity whose replies are still not in the log after this long is answered again (after a crash).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RecoverAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The public base URL (for example https://nps.example.com) that streamUrls are built from. Empty: the request's own
    /// scheme and host, which the host filtering (AllowedHosts) and forwarded-headers settings have vetted.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Most activities in one ActivitySet (a poll answer or a stream frame).</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    [Required]
    public string ChannelId { get; set; } = "directline";

    [Required]
    public string BotId { get; set; } = "npsbot";

    [Required]
    public string BotName { get; set; } = "NpsBot";

    /// <summary>Origins allowed to call Direct Line and the token endpoint from a browser ("*" = any); empty = same origin only.</summary>
    public IList<string> AllowedOrigins { get; } = new List<string>();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Secrets.Count == 0 && string.IsNullOrEmpty(TokenSigningKey))
        {
            yield return new ValidationResult("Configure DirectLine:Secrets (or DirectLine:TokenSigningKey).", [nameof(Secrets)]);
        }

        if (Secrets.Any(secret => secret.Length < 16) || TokenSigningKey is { Length: > 0 and < 16 })
        {
            yield return new ValidationResult("Direct Line secrets and the token signing key need at least 16 characters.", [nameof(Secrets)]);
        }

        if (PublicBaseUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0))
        {
            yield return new ValidationResult("DirectLine:PublicBaseUrl must be an absolute http(s) URL without a query, such as https://nps.example.com.", [nameof(PublicBaseUrl)]);
        }
    }
}
