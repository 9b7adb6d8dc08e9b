using Microsoft.EntityFrameworkCore;

namespace NpsBot.Storage;

/// <summary>Hands out the provider's own context type (<see cref="PostgresDbContext"/>) where code asks for <see cref="NpsBotDbContext"/>.</summary>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<NpsBotDbContext>
    where TContext : NpsBotDbContext
{
    public NpsBotDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<NpsBotDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
