using System.Data.Common;
using System.Text.Json;
using NpsBot.Conversations.Runner;

namespace NpsBot.Server.Tests.ScaleOut;

/// <summary>What the instances' shared database holds (SQLite or PostgreSQL, <see cref="InstanceStorage"/>), read directly, not through either server.</summary>
public sealed class SharedDatabase(InstanceStorage storage)
{
    /// <summary>
    /// A conversation's version (one per committed turn), its processed activities (one per turn, the dedupe rows) and
    /// its inbound transcript lines (one per turn): equal when no update was lost and no turn saved twice.
    /// </summary>
    public (long Version, long Processed, long InboundLines) TurnCounts(string conversationId)
    {
        using var connection = Open();
        var key = (string?)Scalar(connection, "SELECT conversation_key FROM conversations WHERE conversation_key LIKE '%|' || @id", conversationId)
            ?? throw new InvalidOperationException($"no conversation row for {conversationId}");
        return (
            Convert.ToInt64(Scalar(connection, "SELECT version FROM conversations WHERE conversation_key = @id", key), System.Globalization.CultureInfo.InvariantCulture),
            (long)Scalar(connection, "SELECT COUNT(*) FROM processed_activities WHERE conversation_key = @id", key)!,
            (long)Scalar(connection, $"SELECT COUNT(*) FROM transcript_entries WHERE conversation_number = (SELECT number FROM conversations WHERE conversation_key = @id) AND direction = '{TranscriptEntry.Inbound}'", key)!);
    }

    /// <summary>Reply counts of every processed activity, by activity id.</summary>
    public Dictionary<string, int> StoredReplyCounts()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT activity_id, replies_json FROM processed_activities";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>();
        while (reader.Read())
        {
            using var replies = JsonDocument.Parse(reader.GetString(1));
            counts[reader.GetString(0)] = replies.RootElement.GetArrayLength();
        }

        return counts;
    }

    /// <summary>Jobs of <paramref name="kind"/> not yet done (pending or leased), dead letters included.</summary>
    public long OpenJobs(string kind)
    {
        using var connection = Open();
        return (long)Scalar(connection, "SELECT COUNT(*) FROM work_items WHERE kind = @id", kind)!;
    }

    private DbConnection Open() => storage.Open();

    private static object? Scalar(DbConnection connection, string sql, string id)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL; the value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        return command.ExecuteScalar();
    }
}
