using System.Data.Common;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Reads the Direct Line tables of a test server's database file directly, as an operator would.</summary>
internal static class LogDatabase
{
    public static async Task<long> StoredBytesAsync(string dataDirectory, string conversationId) =>
        await ScalarAsync(dataDirectory, "SELECT bytes FROM directline_conversations WHERE id = @id", conversationId);

    public static async Task<long> EchoesAsync(string dataDirectory, string conversationId) =>
        await ScalarAsync(dataDirectory, "SELECT count(*) FROM directline_activities WHERE conversation_id = @id AND client_activity_id IS NOT NULL", conversationId);

    public static async Task<List<byte[]>> PayloadsAsync(string dataDirectory, string conversationId)
    {
        await using var connection = await OpenAsync(dataDirectory);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM directline_activities WHERE conversation_id = @id";
        AddId(command, conversationId);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var payloads = new List<byte[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            payloads.Add((byte[])reader[0]);
        }

        return payloads;
    }

    private static async Task<long> ScalarAsync(string dataDirectory, string sql, string conversationId)
    {
        await using var connection = await OpenAsync(dataDirectory);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddId(command, conversationId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    // @name: a parameter spelling SQLite and PostgreSQL (Npgsql) both read.
    private static void AddId(DbCommand command, string conversationId)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = conversationId;
        command.Parameters.Add(parameter);
    }

    private static Task<DbConnection> OpenAsync(string dataDirectory) => Task.FromResult(TestStorage.OpenConnection(dataDirectory));
}
