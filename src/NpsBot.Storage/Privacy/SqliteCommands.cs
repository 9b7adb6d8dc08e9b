using System.Data.Common;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Privacy;

/// <summary>Runs the constant statements of the privacy classes with named parameters, in the dialect's spelling.</summary>
internal static class SqliteCommands
{
    /// <summary>A new (pooled) connection of the configured provider, open.</summary>
    public static async Task<DbConnection> OpenAsync(StorageOptions options, CancellationToken cancellationToken)
    {
        var connection = SqlDialect.For(options).CreateConnection(options.ResolveConnectionString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public static async Task<int> ExecuteAsync(
        DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = Create(connection, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> CountAsync(
        DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var command = Create(connection, sql, values);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    public static async Task<string?> TextAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Create(connection, sql, []);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static DbCommand Create(DbConnection connection, string sql, (string Name, object Value)[] values)
    {
        var dialect = DialectOf(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Only the constant statements of ForgetSql, RawTextPurger and the dialects reach here; values are parameters.
        command.CommandText = dialect.Text(sql);
#pragma warning restore CA2100
        foreach (var (name, value) in values)
        {
            var parameter = dialect.Parameter(name);
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static SqlDialect DialectOf(DbConnection connection) =>
        connection is Npgsql.NpgsqlConnection ? PostgresDialect.Instance : SqliteDialect.Instance;
}
