namespace NpsBot.Recovery.Insights;

/// <summary>
/// Full-text search over the redacted transcripts of the responses an <see cref="InsightsFilter"/> selects (SQLite
/// FTS5 here; PostgreSQL full-text search on that provider). Newest first, keyset pages like <see cref="IResponseReader"/>.
/// </summary>
public interface ITranscriptSearch
{
    /// <summary>
    /// Responses whose transcript matches <paramref name="query"/> (words, all of them must occur; quotes for a phrase).
    /// An empty query lists the filtered responses that have a transcript.
    /// </summary>
    Task<ResponsePage<TranscriptHit>> SearchAsync(InsightsFilter filter, string query, string? cursor, int limit, CancellationToken cancellationToken);
}

/// <summary>One matching conversation: its response and the best matching line, redacted, with the match marked.</summary>
public sealed record TranscriptHit
{
    public long ResponseId { get; init; }

    public string? ResponseKey { get; init; }

    public string ConversationKey { get; init; } = "";

    public DateTimeOffset StartedAt { get; init; }

    public string ChannelId { get; init; } = "";

    public string? Locale { get; init; }

    public int? Score { get; init; }

    public string? Category { get; init; }

    public string? Theme { get; init; }

    public string? CaseKey { get; init; }

    /// <summary>A short redacted excerpt; the matched words are wrapped in [[ and ]] (the UI turns them into marks).</summary>
    public string Snippet { get; init; } = "";
}
