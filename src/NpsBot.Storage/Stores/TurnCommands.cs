using System.Data.Common;
using System.Text.RegularExpressions;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Stores;

/// <summary>The writer connection's statements, prepared once and reused for every turn (no re-parsing per turn).</summary>
internal sealed class TurnCommands : IDisposable
{
    private readonly List<TurnStatement> _all = [];
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    public TurnCommands(DbConnection connection, SqlDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
        InsertConversation = Create(TurnSql.InsertConversation(dialect.NextConversationNumber));
        UpdateConversation = Create(dialect.UpdateConversation);
        UpdateConversationFirstTry = dialect.UpdateConversationFirstTry is { } firstTry ? Create(firstTry) : null;
        InsertProcessedActivity = Create(TurnSql.InsertProcessedActivity);
        InsertTranscriptEntry = Create(TurnSql.InsertTranscriptEntry);
        UpsertSurveyResponse = Create(TurnSql.UpsertSurveyResponse);
        UpsertCustomer = Create(dialect.UpsertCustomer);
        UpsertCase = Create(dialect.UpsertCase);
        InsertCaseEvent = Create(TurnSql.InsertCaseEvent);
        ClaimDiscountCode = Create(TurnSql.ClaimDiscountCode);
        CloseCaseForScoreChange = Create(TurnSql.CloseCaseForScoreChange);
        SetFollowUpScore = Create(TurnSql.SetFollowUpScore);
        SetHelpRating = Create(TurnSql.SetHelpRating);
        SetOptedOut = Create(TurnSql.SetOptedOut);
        Savepoint = Create(TurnSql.Savepoint);
        Release = Create(TurnSql.Release);
        RollbackToSavepoint = Create(TurnSql.RollbackToSavepoint);
        if (dialect.IndexNewTranscriptLines is { } indexLines)
        {
            LastTranscriptLine = Create(Transcripts.TranscriptSearchSql.LastLineId);
            IndexTranscriptLines = Create(indexLines);
        }

        InsertWork = Create(WorkSql.Insert);
        SupersedeWork = Create(WorkSql.Supersede);
        ClaimWork = Create(dialect.ClaimWork);
        CompleteWork = Create(WorkSql.Complete);
        RetryWork = Create(WorkSql.Retry);
        RenewWork = Create(WorkSql.Renew);
        DeadLetterWork = Create(WorkSql.DeadLetter);
        ReleaseWork = Create(dialect.ReleaseWork);
        PruneReplays = Create(dialect.PruneReplays);
        SchedulePrune = Create(dialect.SchedulePrune);
        InsertModelLabel = Create(Themes.ThemeLabelSql.InsertModelLabel);
        InsertCustomerLabel = Create(Themes.ThemeLabelSql.InsertCustomerLabel);
    }

    public TurnStatement InsertConversation { get; }

    public TurnStatement UpdateConversation { get; }

    /// <summary>Tried before <see cref="UpdateConversation"/> when the dialect has one (see <see cref="SqlDialect.UpdateConversationFirstTry"/>).</summary>
    public TurnStatement? UpdateConversationFirstTry { get; }

    public TurnStatement InsertProcessedActivity { get; }

    public TurnStatement InsertTranscriptEntry { get; }

    public TurnStatement UpsertSurveyResponse { get; }

    public TurnStatement UpsertCustomer { get; }

    public TurnStatement UpsertCase { get; }

    public TurnStatement InsertCaseEvent { get; }

    public TurnStatement ClaimDiscountCode { get; }

    public TurnStatement CloseCaseForScoreChange { get; }
    public TurnStatement SetFollowUpScore { get; }

    public TurnStatement SetHelpRating { get; }

    public TurnStatement SetOptedOut { get; }

    public TurnStatement Savepoint { get; }

    public TurnStatement Release { get; }

    public TurnStatement RollbackToSavepoint { get; }

    /// <summary>The newest transcript line's id, at the start of a batch (when the dialect indexes lines at commit).</summary>
    public TurnStatement? LastTranscriptLine { get; }

    /// <summary>Indexes the batch's lines before its commit (see <see cref="SqlDialect.IndexNewTranscriptLines"/>).</summary>
    public TurnStatement? IndexTranscriptLines { get; }

    public TurnStatement InsertWork { get; }

    public TurnStatement SupersedeWork { get; }

    public TurnStatement ClaimWork { get; }

    public TurnStatement CompleteWork { get; }

    public TurnStatement RetryWork { get; }

    public TurnStatement RenewWork { get; }

    public TurnStatement DeadLetterWork { get; }

    public TurnStatement ReleaseWork { get; }

    public TurnStatement PruneReplays { get; }

    public TurnStatement SchedulePrune { get; }

    public TurnStatement InsertModelLabel { get; }

    public TurnStatement InsertCustomerLabel { get; }

    /// <summary>Microsoft.Data.Sqlite wants every command of a connection with an open transaction to name it.</summary>
    public void Enlist(DbTransaction transaction)
    {
        foreach (var statement in _all)
        {
            statement.Command.Transaction = transaction;
        }
    }

    /// <summary>Sets the parameters (null becomes SQL NULL) and runs the statement; returns the affected rows.</summary>
    public static int Execute(TurnStatement statement, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        foreach (var (name, value) in values)
        {
            statement[name].Value = value ?? DBNull.Value;
        }

        return statement.Command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var statement in _all)
        {
            statement.Dispose();
        }
    }

    /// <summary>A statement in the dialect's spelling; its parameters are found by their shared <c>$name</c>.</summary>
    private TurnStatement Create(string sql)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Only the constant statements of TurnSql, WorkSql, RetentionSql and the dialects reach here.
        command.CommandText = _dialect.Text(sql);
#pragma warning restore CA2100
        var parameters = new Dictionary<string, DbParameter>(StringComparer.Ordinal);
        foreach (var name in ParameterNames(sql))
        {
            var parameter = _dialect.Parameter(name);
            command.Parameters.Add(parameter);
            parameters.Add(name, parameter);
        }

        var statement = new TurnStatement(command, parameters);
        _all.Add(statement);
        return statement;
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        Regex.Matches(sql, @"\$[a-z_]+")
            .Select(match => match.Value)
            .Distinct(StringComparer.Ordinal);
}
