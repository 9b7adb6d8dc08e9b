using System.Data.Common;
using Microsoft.Data.Sqlite;
using NpsBot.Storage.Retention;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Dialects;

/// <summary>SQLite: the statements as written in <see cref="TurnSql"/>, <see cref="WorkSql"/> and <see cref="RetentionSql"/>.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    // IMMEDIATE: the batch takes the write lock at its start instead of failing to upgrade a read lock later.
    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override void PrepareWriter(DbConnection connection)
    {
        using var pragma = connection.CreateCommand();

        // See SqlitePragmas.SetDurableAsync: FULL is what makes a commit durable with WAL.
        pragma.CommandText = SqlitePragmas.Durable;
        pragma.ExecuteNonQuery();
    }

    public override string Text(string sql) => sql;

    public override DbParameter Parameter(string name) => new SqliteParameter(name, DBNull.Value);

    public override string UpsertCase => TurnSql.UpsertCase;

    public override string UpsertCustomer => TurnSql.UpsertCustomer;

    public override string ClaimWork => WorkSql.Claim;

    public override string ReleaseWork => WorkSql.Release;

    public override string PruneReplays => RetentionSql.PruneReplays;

    public override string SchedulePrune => RetentionSql.ScheduleNext;
}
