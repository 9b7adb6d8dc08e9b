using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NpsBot.Storage;

namespace NpsBot.Server.Operations;

/// <summary>Ready only when the database answers and every migration this build knows is applied.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<NpsBotDbContext> contexts) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var database = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await database.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await database.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("Reachable, migrations applied.")
                : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception goes to the log through the health check service; the probe's answer names no internals.
            return HealthCheckResult.Unhealthy("The database cannot be reached.", ex);
        }
    }
}
