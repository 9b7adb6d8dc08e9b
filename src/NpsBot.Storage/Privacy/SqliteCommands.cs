using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Privacy;

/// <summary>Runs the constant statements of the privacy classes with named parameters.</summary>
internal static class SqliteCommands
{
    public static async Task<int> ExecuteAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = Create(connection, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> CountAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = Create(connection, sql, values);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql, (string Name, object Value)[] values)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Only the constant statements of ForgetSql and RawTextPurger reach here; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
