using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Storage.Privacy;
using NpsBot.Storage.Retention;
using NpsBot.Storage.Stores;
using NpsBot.Storage.Work;

namespace NpsBot.Storage;

/// <summary>Registers the database: a pooled <see cref="NpsBotDbContext"/> factory, the initializer, the stores and the work queue.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Two warnings every fresh SQLite database printed at its first start, about migrations that shipped long ago and
    /// run as written: SQL placed after a table rebuild (the rebuild happens first, as intended) and the
    /// <c>PRAGMA foreign_keys</c> a rebuild needs outside a transaction. Nothing a user can act on.
    /// </summary>
    private static void QuietHistoricalMigrations(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(SqliteEventId.TableRebuildPendingWarning, RelationalEventId.NonTransactionalMigrationOperationWarning);

    /// <summary>
    /// Adds storage. The host must await <see cref="DatabaseInitializer.InitializeAsync"/> before serving turns;
    /// the container disposes <see cref="SqliteTurnStore"/> at shutdown, which writes what is still queued. On SQLite,
    /// SQLite's own memory statistics are turned off first (<see cref="SqliteLibrary"/>).
    /// </summary>
    public static IServiceCollection AddNpsBotStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.ResolveConnectionString();
        services.AddSingleton(options);
        if (options.IsPostgres)
        {
            // The PostgreSQL context type carries the PostgreSQL migrations; everything else asks for NpsBotDbContext.
            services.AddPooledDbContextFactory<PostgresDbContext>(builder => builder.UseNpgsql(connectionString));
            services.AddSingleton<IDbContextFactory<NpsBotDbContext>>(provider =>
                new ProviderContextFactory<PostgresDbContext>(provider.GetRequiredService<IDbContextFactory<PostgresDbContext>>()));
        }
        else
        {
            SqliteLibrary.KeepNoMemoryStatistics();
            services.AddPooledDbContextFactory<NpsBotDbContext>(builder => builder.UseSqlite(connectionString).ConfigureWarnings(QuietHistoricalMigrations));
        }

        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<Dialects.IWriteConflicts, Dialects.DialectWriteConflicts>();
        services.AddSingleton<SqliteTurnStore>();
        services.AddSingleton<ITurnStore>(provider => provider.GetRequiredService<SqliteTurnStore>());
        services.AddSingleton<Transcripts.ITranscriptIndexer>(provider => provider.GetRequiredService<SqliteTurnStore>());
        services.AddSingleton<ResponseQueries>();
        services.AddSingleton<NpsBot.Recovery.Insights.IInsightsQueries, Insights.InsightsQueries>();
        services.AddSingleton<NpsBot.Recovery.Insights.IResponseReader, Insights.ResponseReader>();

        // Transcripts and theme governance (issue 10): the host replaces ThemeChoices with the configured themes.
        services.AddSingleton<NpsBot.Recovery.Insights.ITranscriptSearch, Transcripts.TranscriptSearch>();
        services.AddSingleton<NpsBot.Recovery.Insights.IConversationViews, Transcripts.ConversationViews>();
        services.TryAddSingleton(Themes.ThemeChoices.None);
        services.AddSingleton<NpsBot.Recovery.Insights.IThemeGovernance, Themes.ThemeGovernance>();
        services.AddSingleton<Themes.ThemeTrainingSet>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkQueueOptions>();
        services.AddSingleton<WorkQueueSignal>();
        services.AddSingleton<SqliteWorkQueueStore>();
        services.AddSingleton<IWorkQueueStatus>(provider => provider.GetRequiredService<SqliteWorkQueueStore>());
        services.AddSingleton<DeadLetters>();

        // The replay cache is kept only as long as channels retry (Storage:ReplayRetention).
        services.AddSingleton<StoragePruneJob>();
        services.AddSingleton<IWorkHandler>(provider => provider.GetRequiredService<StoragePruneJob>());

        // Personal data (issue 7): the host replaces NoRawText with its Data Protection protector.
        services.TryAddSingleton<ITextProtector>(NoRawText.Instance);
        services.AddSingleton<FreedSpaceScrubber>();
        services.AddSingleton<RawTextPurger>();
        services.AddSingleton<RawTranscriptReader>();
        services.AddSingleton<CustomerEraser>();
        services.AddSingleton<IPersonalDataEraser>(provider => provider.GetRequiredService<CustomerEraser>());

        services.AddSingleton<NpsBot.Surveys.Responses.IResponseOutcomes, ResponseOutcomeStore>();
        services.AddSingleton<NpsBot.Recovery.Cases.ICaseStore, CaseStore>();
        services.AddSingleton<NpsBot.Recovery.Fatigue.ICustomerHistory, CustomerHistoryStore>();
        services.AddSingleton<NpsBot.Recovery.Handoff.ICustomerRecords, CustomerRecordsStore>();
        services.AddSingleton<NpsBot.Recovery.Handoff.IHandoffWaitingLine, HandoffWaitingLineStore>();
        services.AddSingleton<NpsBot.Recovery.Handoff.ITranscriptSource, TranscriptSourceStore>();
        services.AddSingleton<DiscountCodePoolStore>();
        services.AddSingleton<NpsBot.Recovery.Playbooks.IDiscountCodePool>(provider => provider.GetRequiredService<DiscountCodePoolStore>());
        services.AddSingleton<NpsBot.Recovery.Agents.IAgentDeskStore, Desk.AgentDeskStore>();
        return services;
    }
}
