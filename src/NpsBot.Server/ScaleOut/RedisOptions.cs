namespace NpsBot.Server.ScaleOut;

/// <summary>
/// Configuration section <c>Redis</c>: set <see cref="ConnectionString"/> when several server instances share one
/// database. Unset (one instance), nothing of this runs and nothing is published.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis:6379,password=...</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Prefix of every channel this server publishes on, so several deployments can share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "npsbot";
}
