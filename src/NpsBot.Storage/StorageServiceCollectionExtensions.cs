using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage;

/// <summary>Registers the database: a pooled <see cref="NpsBotDbContext"/> factory, the initializer and the stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds storage. The host must await <see cref="DatabaseInitializer.InitializeAsync"/> before serving turns;
    /// the container disposes <see cref="SqliteTurnStore"/> at shutdown, which writes what is still queued.
    /// </summary>
    public static IServiceCollection AddNpsBotStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.ResolveConnectionString();
        services.AddSingleton(options);
        services.AddPooledDbContextFactory<NpsBotDbContext>(builder => builder.UseSqlite(connectionString));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<SqliteTurnStore>();
        services.AddSingleton<ITurnStore>(provider => provider.GetRequiredService<SqliteTurnStore>());
        services.AddSingleton<ResponseQueries>();
        services.AddSingleton<NpsBot.Surveys.Responses.IResponseOutcomes, ResponseOutcomeStore>();
        services.AddSingleton<NpsBot.Recovery.Cases.ICaseStore, CaseStore>();
        services.AddSingleton<NpsBot.Recovery.Fatigue.ICustomerHistory, CustomerHistoryStore>();
        return services;
    }
}
