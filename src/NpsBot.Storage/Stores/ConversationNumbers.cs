using System.Data.Common;
using Microsoft.Data.Sqlite;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Stores;

/// <summary>
/// For writers outside the turn store (seed-demo): the SQL expression that gives a new conversation its number on the
/// connection's provider (<see cref="SqlDialect.NextConversationNumber"/>); transcript lines name their conversation by it.
/// </summary>
public static class ConversationNumbers
{
    public static string NextNumberSql(DbConnection connection) =>
        (connection is SqliteConnection ? (SqlDialect)SqliteDialect.Instance : PostgresDialect.Instance).NextConversationNumber;
}
