using Microsoft.Data.Sqlite;
using NpsBot.Storage;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Reads the Direct Line tables of a test server's database file directly, as an operator would.</summary>
internal static class LogDatabase
{
    public static async Task<long> StoredBytesAsync(string dataDirectory, string conversationId) =>
        await ScalarAsync(dataDirectory, "SELECT bytes FROM directline_conversations WHERE id = $id", conversationId);

    public static async Task<long> EchoesAsync(string dataDirectory, string conversationId) =>
        await ScalarAsync(dataDirectory, "SELECT count(*) FROM directline_activities WHERE conversation_id = $id AND client_activity_id IS NOT NULL", conversationId);

    public static async Task<List<byte[]>> PayloadsAsync(string dataDirectory, string conversationId)
    {
        await using var connection = await OpenAsync(dataDirectory);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM directline_activities WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
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
        command.Parameters.AddWithValue("$id", conversationId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<SqliteConnection> OpenAsync(string dataDirectory)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, StorageOptions.DatabaseFileName)}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
