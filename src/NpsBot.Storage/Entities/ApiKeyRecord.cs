namespace NpsBot.Storage.Entities;

/// <summary>
/// A REST API key (table <c>api_keys</c>): the public key id that starts the key, and the SHA-256 hash of the whole
/// key; the key itself is shown once when created and never stored.
/// </summary>
public sealed class ApiKeyRecord
{
    public long Id { get; set; }

    /// <summary>The public part of the key (<c>nps_{KeyId}_{secret}</c>), used to find the row; unique.</summary>
    public required string KeyId { get; set; }

    public required string Name { get; set; }

    /// <summary><c>read</c> or <c>read-write</c>.</summary>
    public required string Scope { get; set; }

    /// <summary>SHA-256 of the whole key, lowercase hex.</summary>
    public required string Hash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
