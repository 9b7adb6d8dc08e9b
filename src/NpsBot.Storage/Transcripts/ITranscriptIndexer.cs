namespace NpsBot.Storage.Transcripts;

/// <summary>
/// Brings transcript search's index up to every committed line (SQLite: the turn writer indexes the people's lines once a
/// second, so a search asks first; PostgreSQL's index follows its rows and this returns at once).
/// </summary>
public interface ITranscriptIndexer
{
    Task IndexPendingLinesAsync(CancellationToken cancellationToken);
}
