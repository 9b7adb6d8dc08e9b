namespace NpsBot.Recovery.Insights;

/// <summary>
/// The rows behind the figures: pages (keyset cursor, newest first) for lists and the API, and a stream for exports
/// that holds one row at a time, so a million rows export in constant memory.
/// </summary>
public interface IResponseReader
{
    /// <summary>A page of responses; <paramref name="cursor"/> is the previous page's <c>NextCursor</c> (opaque).</summary>
    Task<ResponsePage<ResponseRow>> ResponsesAsync(InsightsFilter filter, string? cursor, int limit, CancellationToken cancellationToken);

    /// <summary>A page of the cases behind the filtered responses.</summary>
    Task<ResponsePage<CaseRow>> CasesAsync(InsightsFilter filter, string? cursor, int limit, CancellationToken cancellationToken);

    /// <summary>Every filtered response, oldest first, read as it is enumerated (no tracking, no buffering).</summary>
    IAsyncEnumerable<ResponseRow> StreamAsync(InsightsFilter filter, CancellationToken cancellationToken);
}
