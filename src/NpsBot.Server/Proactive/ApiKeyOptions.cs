namespace NpsBot.Server.Proactive;

/// <summary>The "Api" section: the REST API's keys, stored only as SHA-256 hashes (hex), never the keys themselves.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Api";

    /// <summary>SHA-256 of each key, as 64 hex digits (<c>printf %s "$KEY" | sha256sum</c>); empty = the API is closed (401).</summary>
    public IList<string> Keys { get; } = new List<string>();
}
