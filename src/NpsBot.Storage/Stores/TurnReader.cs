using System.Data.Common;
using System.Globalization;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Stores;

/// <summary>
/// An open reading connection with the two statements every turn starts with (and the fatigue read of a conversation's first turn), kept for its life (prepared at their first run): opening a pooled
/// connection and preparing both statements again for every turn cost more than the two indexed reads themselves.
/// Held by one turn at a time (see <see cref="TurnReaders"/>).
/// </summary>
internal sealed class TurnReader : IDisposable
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly Dictionary<(string Sql, int Limit), DbCommand> _limited = [];

    public TurnReader(string connectionString, SqlDialect dialect)
    {
        _dialect = dialect;
        _connection = dialect.CreateConnection(connectionString);
        try
        {
            _connection.Open();
            StartTurn = Prepare(dialect, TurnSql.StartTurn, "$key", "$activity_id");
            FindReplies = Prepare(dialect, TurnSql.FindReplies, "$key", "$activity_id");
            LoadConversation = Prepare(dialect, TurnSql.LoadConversation, "$key");
            CustomerHistory = Prepare(dialect, TurnSql.CustomerHistory, "$channel_id", "$customer_id");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Both reads a turn starts with in one statement, parameters <c>$key</c>, <c>$activity_id</c>: replies (JSON or null), version, state.</summary>
    public DbCommand StartTurn { get; } = null!;

    /// <summary>The replay cache's replies (JSON) of one activity, parameters <c>$key</c>, <c>$activity_id</c>.</summary>
    public DbCommand FindReplies { get; } = null!;

    /// <summary>A conversation's version and state, parameter <c>$key</c>.</summary>
    public DbCommand LoadConversation { get; } = null!;

    /// <summary>A customer's survey-fatigue facts, parameters <c>$channel_id</c>, <c>$customer_id</c>.</summary>
    public DbCommand CustomerHistory { get; } = null!;

    /// <summary>A customer's earlier surveys, parameters <c>$customer_id</c>, <c>$response_key</c> (left out), at most <paramref name="limit"/>.</summary>
    public DbCommand EarlierSurveys(int limit) => Limited(TurnSql.EarlierSurveys, limit, "$customer_id", "$response_key");

    /// <summary>A customer's earlier cases, parameters as <see cref="EarlierSurveys"/>.</summary>
    public DbCommand EarlierCases(int limit) => Limited(TurnSql.EarlierCases, limit, "$customer_id", "$response_key");

    /// <summary>The cases ahead in the handoff queue, parameters <c>$case_key</c>, <c>$priority</c>, <c>$opened_at</c>, counted up to <paramref name="limit"/>.</summary>
    public DbCommand WaitingAhead(int limit) => Limited(TurnSql.WaitingAhead, limit, "$case_key", "$priority", "$opened_at");

    public void Dispose()
    {
        foreach (var command in _limited.Values)
        {
            command.Dispose();
        }

        CustomerHistory?.Dispose();
        StartTurn?.Dispose();
        FindReplies?.Dispose();
        LoadConversation?.Dispose();
        _connection.Dispose();
    }

    /// <summary>
    /// A statement whose <c>$limit</c> is written into its text, prepared once per limit and kept for the reader's life.
    /// A LIMIT given as a parameter made SQLite plan the statement again at every run (its value may change the plan, so
    /// binding it expires the statement): about 1 % of the server's CPU under load (issue 13). The limits are settings.
    /// </summary>
    private DbCommand Limited(string sql, int limit, params string[] names)
    {
        if (!_limited.TryGetValue((sql, limit), out var command))
        {
            command = Prepare(_dialect, sql.Replace("$limit", limit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), names);
            _limited.Add((sql, limit), command);
        }

        return command;
    }

    private DbCommand Prepare(SqlDialect dialect, string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Only constant statements of TurnSql reach here; values go in as parameters.
        command.CommandText = dialect.Text(sql);
#pragma warning restore CA2100
        foreach (var name in names)
        {
            command.Parameters.Add(dialect.Parameter(name));
        }

        // No explicit Prepare(): Microsoft.Data.Sqlite prepares at the first run and keeps the statement for the
        // command's life; Npgsql would have to guess the types of parameters that are still null here.
        return command;
    }
}
