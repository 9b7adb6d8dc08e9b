using System.Globalization;
using System.Text.Json;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Cases;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;
using NpsBot.Storage.Configurations;
using NpsBot.Storage.Stores;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Server.Cli.SeedDemo;

/// <summary>
/// Writes demo conversations with plain ADO.NET (<c>Microsoft.Data.Sqlite</c> or Npgsql, the provider of the server's own
/// connection, <c>Storage:Provider</c>) on the database's own connection string: one
/// prepared command per table, parameters rebound per row, one transaction per <see cref="BatchSize"/>
/// conversations. Not EF Core, even with tracking off: EF builds entity objects, re-plans a multi-row INSERT per
/// SaveChanges and reads every generated id back, which is several times slower for ten million rows; these are the
/// same columns the turn store's hand-written SQL writes (<c>TurnSql</c>). One text per statement for both providers
/// (<c>@name</c> parameters, which both read).
/// </summary>
internal sealed class DemoDatabaseWriter : IAsyncDisposable
{
    public const int BatchSize = 20_000;
    private const string BotId = "npsbot";
    private const string BotName = "NpsBot";

    private static readonly string BotState = JsonSerializer.Serialize(new ConversationState { Started = true }, DialogJson.Options);
    private static readonly string AgentState = JsonSerializer.Serialize(new ConversationState { Started = true, Mode = ConversationModes.Agent }, DialogJson.Options);

    private readonly DbConnection connection;
    private DbTransaction? transaction;
    private DbCommand conversation = null!, transcript = null!, response = null!, supportCase = null!, caseEvent = null!, customer = null!;
    private int inBatch;

    private DemoDatabaseWriter(DbConnection connection)
    {
        this.connection = connection;
        nextNumber = ConversationNumbers.NextNumberSql(connection);
    }

    /// <summary>The dialect's expression for a new conversation's number (transcript lines name it by number).</summary>
    private readonly string nextNumber;

    public static async Task<DemoDatabaseWriter> OpenAsync(DbProviderFactory provider, string connectionString, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(provider, connectionString, cancellationToken);

        // Demo data can be seeded again if the machine stops mid-way: one fsync per batch at the checkpoint is enough.
        // (PostgreSQL: its own settings; a batch is one transaction there too.)
        if (connection is SqliteConnection)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var writer = new DemoDatabaseWriter(connection);
        writer.Begin();
        return writer;
    }

    /// <summary>True when the database holds responses that seed-demo did not write.</summary>
    public static async Task<bool> HoldsRealResponsesAsync(DbProviderFactory provider, string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(provider, connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM survey_responses WHERE response_key IS NULL OR response_key NOT LIKE 'demo-%')";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0;
    }

    public async Task WriteAsync(DemoConversation demo, CancellationToken cancellationToken)
    {
        var (scoreQuestion, reasonQuestion, thanks) = DemoComplaints.BotLines[demo.Locale];
        var demoCase = demo.Case;
        var withAgent = demoCase is { Assignee: not null, ResolvedAt: null } || demoCase?.State == "handed off waiting";
        var last = demo.CompletedAt ?? demo.StartedAt.AddMinutes(2);
        Bind(conversation, ("@key", demo.ConversationKey), ("@channel_id", demo.ChannelId), ("@customer_id", demo.CustomerId), ("@locale", demo.Locale), ("@mode", withAgent ? ConversationModes.Agent : ConversationModes.Bot),
            ("@state_json", withAgent ? AgentState : BotState), ("@created_at", Time(demo.StartedAt)), ("@updated_at", Time(demoCase?.ResolvedAt ?? last)));
        await conversation.ExecuteNonQueryAsync(cancellationToken);

        var at = demo.StartedAt;
        await LineAsync(demo, TranscriptEntry.Outbound, scoreQuestion, BotId, BotName, at, cancellationToken);
        await LineAsync(demo, TranscriptEntry.Inbound, demo.Score.ToString(CultureInfo.InvariantCulture), demo.CustomerId, null, at = at.AddSeconds(9), cancellationToken);
        await LineAsync(demo, TranscriptEntry.Outbound, reasonQuestion, BotId, BotName, at = at.AddSeconds(1), cancellationToken);
        if (demo.Outcome != SurveyOutcomes.Abandoned || demo.Score % 2 == 0)
        {
            await LineAsync(demo, TranscriptEntry.Inbound, demo.Reason, demo.CustomerId, null, at = at.AddSeconds(25), cancellationToken);
        }

        if (demo.FollowUpQuestion is not null)
        {
            await LineAsync(demo, TranscriptEntry.Outbound, demo.FollowUpQuestion, BotId, BotName, at = at.AddSeconds(1), cancellationToken);
            await LineAsync(demo, TranscriptEntry.Inbound, demo.FollowUpAnswer, demo.CustomerId, null, at = at.AddSeconds(20), cancellationToken);
        }

        if (demo.CompletedAt is { } completed)
        {
            await LineAsync(demo, TranscriptEntry.Outbound, thanks, BotId, BotName, completed, cancellationToken);
        }

        await ResponseAsync(demo, cancellationToken);
        await CustomerAsync(demo, cancellationToken);
        if (demoCase is not null)
        {
            await CaseAsync(demo, demoCase, cancellationToken);
        }

        if (++inBatch >= BatchSize)
        {
            await CommitBatchAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await CommitBatchAsync(cancellationToken);
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = connection is SqliteConnection ? "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);" : "ANALYZE";
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        foreach (var command in new[] { conversation, transcript, response, supportCase, caseEvent, customer })
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        await connection.DisposeAsync();
    }

    private async Task CommitBatchAsync(CancellationToken cancellationToken)
    {
        // SQLite: the search index gets the batch's lines before the commit (the turn store does the same once a second).
        TranscriptLineIndex.IndexPending(connection, transaction);
        await transaction!.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
        inBatch = 0;
        Begin();
    }

    private static async Task<DbConnection> OpenConnectionAsync(DbProviderFactory provider, string connectionString, CancellationToken cancellationToken)
    {
        var connection = provider.CreateConnection() ?? throw new InvalidOperationException("The database provider makes no connection.");
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void Begin()
    {
        transaction = connection.BeginTransaction();
        conversation = Prepare(conversation, $"""
            INSERT INTO conversations (conversation_key, number, channel_id, customer_id, customer_name, locale, mode, state_json, version, created_at, updated_at)
            VALUES (@key, {nextNumber}, @channel_id, @customer_id, NULL, @locale, @mode, @state_json, 1, @created_at, @updated_at)
            """);
        transcript = Prepare(transcript, """
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, raw_text, from_id, from_name, at)
            VALUES ((SELECT number FROM conversations WHERE conversation_key = @key), @direction, NULL, 'message', @text, NULL, @from_id, @from_name, @at)
            """);
        response = Prepare(response, """
            INSERT INTO survey_responses (response_key, conversation_key, channel_id, customer_id, customer_name, locale, score, category,
                                          reason, follow_up_question, follow_up_answer, wants_contact, theme, theme_confidence,
                                          theme_guess, confirmed_theme, theme_changed, sentiment, escalation_reasons,
                                          remedies_offered, remedy, handoff_reason, case_key, follow_up_of_case_key, outcome, started_at, updated_at, completed_at)
            VALUES (@response_key, @key, @channel_id, @customer_id, NULL, @locale, @score, @category,
                    @reason, @follow_up_question, @follow_up_answer, @wants_contact, @theme, @theme_confidence,
                    @theme_guess, @confirmed_theme, @theme_changed, @sentiment, NULL,
                    @remedies_offered, @remedy, @handoff_reason, @case_key, @follow_up_of_case_key, @outcome, @started_at, @updated_at, @completed_at)
            """);
        supportCase = Prepare(supportCase, """
            INSERT INTO cases (case_key, response_key, conversation_key, channel_id, customer_id, status, priority, score, theme,
                               escalation_reasons, handoff_reason, remedies_offered, remedy, package_json, assignee, assignee_name,
                               opened_at, first_contact_due, resolution_due, first_contact_at, resolved_at, root_cause, action_taken, overdue, updated_at,
                               first_contact_seconds, resolution_seconds, helped_by_id, helped_by_name, help_rating, help_rating_agent_id,
                               help_rating_agent_name, help_rated_at, follow_up_due_at, follow_up_response_key, follow_up_score, follow_up_at, case_steps)
            VALUES (@case_key, @response_key, @key, @channel_id, @customer_id, @status, @priority, @score, @theme,
                    NULL, @handoff_reason, @remedies_offered, @remedy, NULL, @assignee, @assignee_name,
                    @opened_at, @first_contact_due, @resolution_due, @first_contact_at, @resolved_at, @root_cause, @action_taken, @overdue, @updated_at,
                    @first_contact_seconds, @resolution_seconds, @assignee, @assignee_name, @help_rating, @help_agent_id,
                    @help_agent_name, @help_rated_at, @follow_up_due_at, @follow_up_response_key, @follow_up_score, @follow_up_at, 0)
            """);
        caseEvent = Prepare(caseEvent, "INSERT INTO case_events (case_id, kind, actor, at, detail) SELECT id, @kind, @actor, @at, @detail FROM cases WHERE case_key = @case_key");
        customer = Prepare(customer, """
            INSERT INTO customers (channel_id, channel_user_id, name, locale, aad_object_id, tenant_id, opted_out, last_surveyed_at, created_at, updated_at)
            VALUES (@channel_id, @channel_user_id, NULL, @locale, NULL, NULL, @opted_out, @at, @at, @at)
            ON CONFLICT (channel_id, channel_user_id) DO UPDATE SET last_surveyed_at =
                CASE WHEN excluded.last_surveyed_at > customers.last_surveyed_at THEN excluded.last_surveyed_at ELSE customers.last_surveyed_at END
            """);
    }

    private DbCommand Prepare(DbCommand? existing, string sql)
    {
        if (existing is not null)
        {
            existing.Transaction = transaction;
            return existing;
        }

        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant statements; values are bound as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        return command;
    }

    private async Task ResponseAsync(DemoConversation demo, CancellationToken cancellationToken)
    {
        Bind(response, ("@response_key", demo.ResponseKey), ("@key", demo.ConversationKey), ("@channel_id", demo.ChannelId), ("@customer_id", demo.CustomerId),
            ("@locale", demo.Locale), ("@score", demo.Score), ("@category", demo.Category.ToString()), ("@reason", demo.Reason),
            ("@follow_up_question", demo.FollowUpQuestion), ("@follow_up_answer", demo.FollowUpAnswer), ("@wants_contact", demo.WantsContact),
            ("@theme", demo.Theme), ("@theme_confidence", demo.ThemeConfidence), ("@theme_guess", demo.ThemeGuess), ("@confirmed_theme", demo.ConfirmedTheme),
            ("@theme_changed", demo.ConfirmedTheme is null ? null : demo.ConfirmedTheme != demo.ThemeGuess), ("@sentiment", demo.Sentiment),
            ("@remedies_offered", demo.RemediesOffered), ("@remedy", demo.Remedy), ("@handoff_reason", demo.Case?.HandoffReason), ("@case_key", demo.Case?.CaseKey),
            ("@follow_up_of_case_key", null), ("@outcome", demo.Outcome), ("@started_at", Time(demo.StartedAt)),
            ("@updated_at", Time(demo.CompletedAt ?? demo.StartedAt.AddMinutes(2))), ("@completed_at", Time(demo.CompletedAt)));
        await response.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task CustomerAsync(DemoConversation demo, CancellationToken cancellationToken)
    {
        Bind(customer, ("@channel_id", demo.ChannelId), ("@channel_user_id", demo.CustomerId), ("@locale", demo.Locale),
            ("@opted_out", demo.Outcome == SurveyOutcomes.Stopped && demo.ChannelId == "sms"), ("@at", demo.StartedAt));
        await customer.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task CaseAsync(DemoConversation demo, DemoCase demoCase, CancellationToken cancellationToken)
    {
        var agent = demoCase.Assignee;
        var updated = new[] { demoCase.FollowUpAt, demoCase.ResolvedAt, demoCase.FirstContactAt, demoCase.OpenedAt }.Max()!.Value;
        Bind(supportCase, ("@case_key", demoCase.CaseKey), ("@response_key", demo.ResponseKey), ("@key", demo.ConversationKey), ("@channel_id", demo.ChannelId),
            ("@customer_id", demo.CustomerId), ("@status", demoCase.Status), ("@priority", demoCase.Priority), ("@score", demo.Score), ("@theme", demo.Theme),
            ("@handoff_reason", demoCase.HandoffReason), ("@remedies_offered", demo.RemediesOffered), ("@remedy", demo.Remedy),
            ("@assignee", agent?.Id), ("@assignee_name", agent?.Name), ("@opened_at", Time(demoCase.OpenedAt)), ("@first_contact_due", Time(demoCase.FirstContactDue)),
            ("@resolution_due", Time(demoCase.ResolutionDue)), ("@first_contact_at", Time(demoCase.FirstContactAt)), ("@resolved_at", Time(demoCase.ResolvedAt)),
            ("@root_cause", demoCase.RootCause), ("@action_taken", demoCase.ActionTaken), ("@overdue", demoCase.Overdue), ("@updated_at", Time(updated)),
            ("@first_contact_seconds", demoCase.ResolvedAt is not null ? (demoCase.FirstContactAt - demoCase.OpenedAt)?.TotalSeconds : null),
            ("@resolution_seconds", (demoCase.ResolvedAt - demoCase.OpenedAt)?.TotalSeconds),
            ("@help_rating", demoCase.HelpRating), ("@help_agent_id", demoCase.HelpRating is null ? null : agent?.Id),
            ("@help_agent_name", demoCase.HelpRating is null ? null : agent?.Name), ("@help_rated_at", Time(demoCase.HelpRating is null ? null : demoCase.ResolvedAt)),
            ("@follow_up_due_at", Time(demoCase.FollowUpDueAt)), ("@follow_up_response_key", demoCase.FollowUpResponseKey), ("@follow_up_score", demoCase.FollowUpScore),
            ("@follow_up_at", Time(demoCase.FollowUpAt)));
        await supportCase.ExecuteNonQueryAsync(cancellationToken);

        await EventAsync(demoCase, CaseEventKinds.Opened, "bot", demoCase.OpenedAt, null, cancellationToken);
        if (demo.Remedy is not null)
        {
            await EventAsync(demoCase, CaseEventKinds.RemedyChosen, "bot", demoCase.OpenedAt, demo.Remedy, cancellationToken);
        }

        if (demoCase.HandoffReason is not null)
        {
            await EventAsync(demoCase, CaseEventKinds.HandedOff, "bot", demoCase.OpenedAt, demoCase.HandoffReason, cancellationToken);
        }

        if (agent is not null && demoCase.FirstContactAt is { } contact)
        {
            await EventAsync(demoCase, DeskEventKinds.Claimed, agent.Id, contact.AddMinutes(-1), agent.Name, cancellationToken);
            await EventAsync(demoCase, DeskEventKinds.MessageSent, agent.Id, contact, null, cancellationToken);
            await LineAsync(demo, TranscriptEntry.Outbound, $"Hi, this is {agent.Name} from customer care. I am sorry about this, let me sort it out.", agent.Id, agent.Name, contact, cancellationToken);
        }

        if (demoCase.ResolvedAt is { } resolved)
        {
            var closedBy = agent?.Id ?? "bot";
            await EventAsync(demoCase, demoCase.Status == CaseStatus.Resolved ? DeskEventKinds.Resolved : CaseEventKinds.StatusChanged, closedBy, resolved, demoCase.RootCause, cancellationToken);
        }

        if (demoCase.FollowUpDueAt is { } due && due <= updated)
        {
            await EventAsync(demoCase, DeskEventKinds.FollowUpDue, "system", due, null, cancellationToken);
        }

        if (demoCase.FollowUpScore is { } followUpScore)
        {
            await FollowUpResponseAsync(demo, demoCase, followUpScore, cancellationToken);
        }
    }

    /// <summary>The follow-up survey a week after the case closed: its own response row, pointing at the case.</summary>
    private async Task FollowUpResponseAsync(DemoConversation demo, DemoCase demoCase, int score, CancellationToken cancellationToken)
    {
        var at = demoCase.FollowUpAt!.Value;
        Bind(response, ("@response_key", demoCase.FollowUpResponseKey), ("@key", demo.ConversationKey), ("@channel_id", demo.ChannelId), ("@customer_id", demo.CustomerId),
            ("@locale", demo.Locale), ("@score", score), ("@category", new NpsScore(score).Category.ToString()), ("@reason", null),
            ("@follow_up_question", null), ("@follow_up_answer", null), ("@wants_contact", null),
            ("@theme", null), ("@theme_confidence", null), ("@theme_guess", null), ("@confirmed_theme", null),
            ("@theme_changed", null), ("@sentiment", null), ("@remedies_offered", null), ("@remedy", null), ("@handoff_reason", null), ("@case_key", null),
            ("@follow_up_of_case_key", demoCase.CaseKey), ("@outcome", SurveyOutcomes.Completed), ("@started_at", Time(at)),
            ("@updated_at", Time(at.AddSeconds(30))), ("@completed_at", Time(at.AddSeconds(30))));
        await response.ExecuteNonQueryAsync(cancellationToken);
        await LineAsync(demo, TranscriptEntry.Inbound, score.ToString(CultureInfo.InvariantCulture), demo.CustomerId, null, at, cancellationToken);
    }

    private async Task EventAsync(DemoCase demoCase, string kind, string actor, DateTime at, string? detail, CancellationToken cancellationToken)
    {
        Bind(caseEvent, ("@case_key", demoCase.CaseKey), ("@kind", kind), ("@actor", actor), ("@at", Time(at)), ("@detail", detail));
        await caseEvent.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task LineAsync(DemoConversation demo, string direction, string? text, string fromId, string? fromName, DateTime at, CancellationToken cancellationToken)
    {
        Bind(transcript, ("@key", demo.ConversationKey), ("@direction", direction), ("@text", text), ("@from_id", fromId), ("@from_name", fromName), ("@at", UnixMillisecondsConverter.ToMilliseconds(at)));
        await transcript.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Sets the values; the parameters are created on the first row and reused after (the statement stays prepared).</summary>
    // The times of conversations, responses, cases and their events as the provider stores them: Unix milliseconds on
    // SQLite (Configurations.IntegerTimes), the time itself on PostgreSQL. The customers' times are the time itself.
    private object? Time(DateTime? at) =>
        at is not { } time ? null : connection is SqliteConnection ? UnixMillisecondsConverter.ToMilliseconds(time) : time;

    private static void Bind(DbCommand command, params (string Name, object? Value)[] values)
    {
        if (command.Parameters.Count == 0)
        {
            foreach (var (name, _) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
        }

        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }
}
