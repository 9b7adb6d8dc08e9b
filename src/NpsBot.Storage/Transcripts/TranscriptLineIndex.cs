using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// For writers of transcript lines outside the turn store (seed-demo, test seeds): on SQLite the search index gets the
/// lines from their writers, through the statements the turn writer runs once a second
/// (<see cref="Dialects.SqlDialect.IndexPendingTranscriptLines"/>: the pending lines, then the mark moved). Call <see cref="IndexPending"/> in the
/// transaction that wrote lines, before it commits. PostgreSQL's expression index needs nothing: it does nothing there.
/// </summary>
public static class TranscriptLineIndex
{
    /// <summary>Indexes the people's lines after the stored mark and moves the mark (SQLite); nothing on PostgreSQL.</summary>
    public static void IndexPending(DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not SqliteConnection)
        {
            return;
        }

        foreach (var sql in Dialects.SqliteDialect.Instance.IndexPendingTranscriptLines!)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
#pragma warning disable CA2100 // Only the dialect's constant statements (TranscriptSearchSql) reach here.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.ExecuteNonQuery();
        }
    }
}
