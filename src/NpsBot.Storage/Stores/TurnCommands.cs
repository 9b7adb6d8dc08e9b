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
    private readonly List<(int Index, int Rows)> _assumed = [];
    private DbBatch? _deferred;

    public TurnCommands(DbConnection connection, SqlDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
        InsertConversation = Create(dialect.InsertConversation);
        UpdateConversation = Create(dialect.UpdateConversation);
        UpdateConversationFirstTry = dialect.UpdateConversationFirstTry is { } firstTry ? Create(firstTry) : null;
        UpdateConversationInDialog = Create(dialect.UpdateConversationInDialog);
        UpdateConversationInDialogFirstTry = dialect.UpdateConversationInDialogFirstTry is { } inDialogFirstTry ? Create(inDialogFirstTry) : null;
        InsertProcessedActivity = Create(TurnSql.InsertProcessedActivity);
        InsertTranscriptEntry = Create(TurnSql.InsertTranscriptEntry);
        LearnSharedText = Create(TurnSql.LearnSharedText);
        UpsertSurveyResponse = Create(dialect.UpsertSurveyResponse);
        UpdateSurveyResponseFacts = dialect.UpdateSurveyResponseFacts is { } facts ? Create(facts) : null;
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
        if (dialect.IndexPendingTranscriptLines is [var indexLines, var moveMark])
        {
            IndexTranscriptLines = Create(indexLines);
            MarkTranscriptLinesIndexed = Create(moveMark);
        }

        InsertWork = Create(WorkSql.Insert);
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

    public TurnStatement UpdateConversationInDialog { get; }

    /// <summary>Tried before <see cref="UpdateConversationInDialog"/> when the dialect has one.</summary>
    public TurnStatement? UpdateConversationInDialogFirstTry { get; }

    public TurnStatement InsertProcessedActivity { get; }

    public TurnStatement InsertTranscriptEntry { get; }

    public TurnStatement LearnSharedText { get; }

    public TurnStatement UpsertSurveyResponse { get; }

    /// <summary>Run before <see cref="UpsertSurveyResponse"/> when the dialect has it (see <see cref="SqlDialect.UpdateSurveyResponseFacts"/>).</summary>
    public TurnStatement? UpdateSurveyResponseFacts { get; }

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

    /// <summary>Indexes the people's lines after the search index's mark (see <see cref="SqlDialect.IndexPendingTranscriptLines"/>); null when the database indexes each line itself.</summary>
    public TurnStatement? IndexTranscriptLines { get; }

    /// <summary>Moves the search index's mark to the newest line, after <see cref="IndexTranscriptLines"/>.</summary>
    public TurnStatement? MarkTranscriptLinesIndexed { get; }

    /// <summary>Indexes the lines the search index does not hold yet, in the current transaction; false when the database indexes each line itself.</summary>
    public bool IndexPendingLines()
    {
        if (IndexTranscriptLines is null || MarkTranscriptLinesIndexed is null)
        {
            return false;
        }

        Execute(IndexTranscriptLines);
        Execute(MarkTranscriptLinesIndexed);
        return true;
    }

    public TurnStatement InsertWork { get; }

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

    /// <summary>A time for the columns of the tables with integer times on SQLite (<see cref="SqlDialect.StoredTime"/>).</summary>
    public object StoredTime(DateTimeOffset at) => _dialect.StoredTime(at.UtcDateTime);

    /// <summary>A nullable time as <see cref="StoredTime(DateTimeOffset)"/> stores it.</summary>
    public object? StoredTime(DateTimeOffset? at) => at is { } time ? StoredTime(time) : null;

    /// <summary>Microsoft.Data.Sqlite wants every command of a connection with an open transaction to name it.</summary>
    public void Enlist(DbTransaction transaction)
    {
        foreach (var statement in _all)
        {
            statement.Command.Transaction = transaction;
        }
    }

    /// <summary>
    /// Runs the statement with these parameter values and returns the rows it changed; while deferring (see
    /// <see cref="BeginDeferring"/>) queues it instead and returns -1 (not known yet). A caller that acts on the rows
    /// changed uses <see cref="ExecuteAssuming"/>.
    /// </summary>
    public static int Execute(TurnStatement statement, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Run(statement, null, values);

    /// <summary>
    /// As <see cref="Execute"/>, for a caller that branches on the rows changed: while deferring, the statement is assumed
    /// to change <paramref name="rows"/> rows (returned), and <see cref="SendDeferred"/> checks it did.
    /// </summary>
    public static int ExecuteAssuming(TurnStatement statement, int rows, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Run(statement, rows, values);

    /// <summary>Whether the connection can send several statements in one round trip (Npgsql; SQLite runs in process anyway).</summary>
    public bool CanDefer => _connection.CanCreateBatch;

    /// <summary>
    /// From now on statements are queued into one <see cref="DbBatch"/> and sent together by <see cref="SendDeferred"/>
    /// (issue 13, PostgreSQL: a turn's ten statements were ten round trips of the writer). Only writes that never read what
    /// they wrote may be deferred: a turn's rows (<see cref="PendingWrite.Deferrable"/>).
    /// </summary>
    public void BeginDeferring(DbTransaction transaction)
    {
        _deferred = _connection.CreateBatch();
        _deferred.Transaction = transaction;
        _assumed.Clear();
    }

    /// <summary>
    /// Sends the queued statements in one round trip. False when one changed another number of rows than its caller
    /// assumed (<see cref="ExecuteAssuming"/>): what the writes did then differs from what they would have done one
    /// statement at a time, and the caller must roll back and write them again without deferring.
    /// </summary>
    public bool SendDeferred()
    {
        var batch = _deferred ?? throw new InvalidOperationException("Statements are not being deferred.");
        if (batch.BatchCommands.Count == 0)
        {
            return true;
        }

        try
        {
            batch.ExecuteNonQuery();
            return _assumed.TrueForAll(assumed => batch.BatchCommands[assumed.Index].RecordsAffected == assumed.Rows);
        }
        finally
        {
            batch.BatchCommands.Clear();
            _assumed.Clear();
        }
    }

    /// <summary>How many statements are queued and not sent yet.</summary>
    public int DeferredCount => _deferred?.BatchCommands.Count ?? 0;

    /// <summary>Statements run one at a time again; whatever was queued and not sent is dropped.</summary>
    public void StopDeferring()
    {
        _deferred?.Dispose();
        _deferred = null;
        _assumed.Clear();
    }

    private static int Run(TurnStatement statement, int? assumedRows, ReadOnlySpan<(string Name, object? Value)> values)
    {
        foreach (var (name, value) in values)
        {
            statement[name].Value = value ?? DBNull.Value;
        }

        return statement.Owner._deferred is { } batch
            ? statement.Owner.Defer(batch, statement, assumedRows)
            : statement.ExecuteNonQuery();
    }

    // A copy of the statement with every parameter's current value (as the prepared command would run it now).
    private int Defer(DbBatch batch, TurnStatement statement, int? assumedRows)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = statement.Command.CommandText;
        foreach (DbParameter parameter in statement.Parameters)
        {
            var copy = _dialect.Parameter(parameter.ParameterName);
            copy.Value = parameter.Value;
            command.Parameters.Add(copy);
        }

        batch.BatchCommands.Add(command);
        if (assumedRows is not { } rows)
        {
            return -1;
        }

        _assumed.Add((batch.BatchCommands.Count - 1, rows));
        return rows;
    }

    public void Dispose()
    {
        StopDeferring();
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

        var statement = new TurnStatement(this, command, parameters, SqliteRawStatement.TryCreate(_connection, command.CommandText, [.. parameters.Keys]));
        _all.Add(statement);
        return statement;
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        Regex.Matches(sql, @"\$[a-z_]+")
            .Select(match => match.Value)
            .Distinct(StringComparer.Ordinal);
}
