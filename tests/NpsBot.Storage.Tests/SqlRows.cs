using System.Data.Common;

namespace NpsBot.Storage.Tests;

/// <summary>Rows read straight from the database, for tests that look at what is stored rather than what readers make of it.</summary>
internal static class SqlRows
{
    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    public static List<string> Strings(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
