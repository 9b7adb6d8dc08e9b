using System.Data.Common;

namespace NpsBot.Storage.Tests;

/// <summary>Raw SQL on an open connection, for tests that look at what the stores wrote.</summary>
internal static class TestSql
{
    public static void Execute(DbConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        return command.ExecuteScalar();
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only constant statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }
}
