using System.ComponentModel.DataAnnotations;

namespace NpsBot.Channels.DirectLine;

/// <summary>The "DirectLine" configuration section: secrets, token lifetimes, the in-memory activity log and the stream.</summary>
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

    /// <summary>A conversation nobody touched for this long is dropped from the in-memory log.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ConversationIdleExpiry { get; set; } = TimeSpan.FromHours(2);

    /// <summary>An empty WebSocket message is sent after this much silence, so proxies and clients see a live socket.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest activity accepted on a post; Direct Line allows 256K characters.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Activities kept per conversation; older ones are dropped first.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

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
    }
}
