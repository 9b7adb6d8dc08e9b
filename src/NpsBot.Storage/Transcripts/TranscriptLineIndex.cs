using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// For writers of transcript lines outside the turn store (seed-demo, test seeds): on SQLite the search index gets a
/// transaction's lines from their writer, before the commit (<see cref="TranscriptSearchSql.IndexLinesAfter"/>; the
/// migration <c>IndexLinesAtCommit</c> dropped the trigger that indexed them one by one). Take a <see cref="Mark"/>
/// when the transaction starts and call <see cref="IndexSince"/> before it commits. PostgreSQL's expression index
/// needs neither: both do nothing there.
/// </summary>
public static class TranscriptLineIndex
{
    /// <summary>The newest line's id on SQLite (0 when there is none), null on PostgreSQL.</summary>
    public static long? Mark(DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not SqliteConnection)
        {
            return null;
        }

        using var command = Command(connection, transaction, TranscriptSearchSql.LastLineId);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Indexes the people's lines written after <paramref name="mark"/> (from <see cref="Mark"/>); nothing when it is null.</summary>
    public static void IndexSince(DbConnection connection, DbTransaction? transaction, long? mark)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (mark is null)
        {
            return;
        }

        using var command = Command(connection, transaction, TranscriptSearchSql.IndexLinesAfter);
        command.Parameters.Add(new SqliteParameter("$after", mark.Value));
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Only the constant statements of TranscriptSearchSql reach here.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }
}
