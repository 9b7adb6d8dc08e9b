using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Stores;

/// <summary>The writer connection's statements, prepared once and reused for every turn (no re-parsing per turn).</summary>
internal sealed class TurnCommands : IDisposable
{
    private readonly List<SqliteCommand> _all = [];

    public TurnCommands(SqliteConnection connection)
    {
        InsertConversation = Create(connection, TurnSql.InsertConversation);
        UpdateConversation = Create(connection, TurnSql.UpdateConversation);
        InsertProcessedActivity = Create(connection, TurnSql.InsertProcessedActivity);
        InsertTranscriptEntry = Create(connection, TurnSql.InsertTranscriptEntry);
        UpsertSurveyResponse = Create(connection, TurnSql.UpsertSurveyResponse);
        UpsertCustomer = Create(connection, TurnSql.UpsertCustomer);
        UpsertCase = Create(connection, TurnSql.UpsertCase);
        InsertCaseEvent = Create(connection, TurnSql.InsertCaseEvent);
        ClaimDiscountCode = Create(connection, TurnSql.ClaimDiscountCode);
        CloseCaseForScoreChange = Create(connection, TurnSql.CloseCaseForScoreChange);
        SetFollowUpScore = Create(connection, TurnSql.SetFollowUpScore);
        SetHelpRating = Create(connection, TurnSql.SetHelpRating);
        SetOptedOut = Create(connection, TurnSql.SetOptedOut);
        Savepoint = Create(connection, TurnSql.Savepoint);
        Release = Create(connection, TurnSql.Release);
        RollbackToSavepoint = Create(connection, TurnSql.RollbackToSavepoint);
        InsertWork = Create(connection, WorkSql.Insert);
        ClaimWork = Create(connection, WorkSql.Claim);
        CompleteWork = Create(connection, WorkSql.Complete);
        RetryWork = Create(connection, WorkSql.Retry);
        DeadLetterWork = Create(connection, WorkSql.DeadLetter);
        ReleaseWork = Create(connection, WorkSql.Release);
        PruneReplays = Create(connection, Retention.RetentionSql.PruneReplays);
        SchedulePrune = Create(connection, Retention.RetentionSql.ScheduleNext);
        InsertModelLabel = Create(connection, Themes.ThemeLabelSql.InsertModelLabel);
        InsertCustomerLabel = Create(connection, Themes.ThemeLabelSql.InsertCustomerLabel);
    }

    public SqliteCommand InsertConversation { get; }

    public SqliteCommand UpdateConversation { get; }

    public SqliteCommand InsertProcessedActivity { get; }

    public SqliteCommand InsertTranscriptEntry { get; }

    public SqliteCommand UpsertSurveyResponse { get; }

    public SqliteCommand UpsertCustomer { get; }

    public SqliteCommand UpsertCase { get; }

    public SqliteCommand InsertCaseEvent { get; }

    public SqliteCommand ClaimDiscountCode { get; }

    public SqliteCommand CloseCaseForScoreChange { get; }
    public SqliteCommand SetFollowUpScore { get; }

    public SqliteCommand SetHelpRating { get; }

    public SqliteCommand SetOptedOut { get; }

    public SqliteCommand Savepoint { get; }

    public SqliteCommand Release { get; }

    public SqliteCommand RollbackToSavepoint { get; }

    public SqliteCommand InsertWork { get; }

    public SqliteCommand ClaimWork { get; }

    public SqliteCommand CompleteWork { get; }

    public SqliteCommand RetryWork { get; }

    public SqliteCommand DeadLetterWork { get; }

    public SqliteCommand ReleaseWork { get; }

    public SqliteCommand PruneReplays { get; }

    public SqliteCommand SchedulePrune { get; }

    public SqliteCommand InsertModelLabel { get; }

    public SqliteCommand InsertCustomerLabel { get; }

    /// <summary>Microsoft.Data.Sqlite wants every command of a connection with an open transaction to name it.</summary>
    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>Sets the parameters (null becomes SQL NULL) and runs the statement; returns the affected rows.</summary>
    public static int Execute(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private SqliteCommand Create(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in ParameterNames(sql))
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        _all.Add(command);
        return command;
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        Regex.Matches(sql, @"\$[a-z_]+")
            .Select(match => match.Value)
            .Distinct(StringComparer.Ordinal);
}
