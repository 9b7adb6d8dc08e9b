using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NpsBot.Server.Operations;

/// <summary>
/// /health/live (the process answers; no dependency is checked, so a slow database never gets it restarted),
/// /health/ready (every check tagged <see cref="ReadyTag"/>: the database and its migrations, and the work queue once it
/// registers its check), and /health, the live probe under its old name.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>
    /// The tag of readiness checks. Hook for the work queue ("not stuck", issue 7 item 8): register its check with this
    /// tag, e.g. <c>services.AddHealthChecks().AddCheck&lt;WorkQueueHealthCheck&gt;("work-queue", tags: [HealthEndpoints.ReadyTag])</c>,
    /// where the check reads <c>IWorkQueueStatus</c>; nothing here needs to change.
    /// </summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddNpsBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapNpsBotHealth(this IEndpointRouteBuilder endpoints)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync };
        endpoints.MapHealthChecks("/health/live", live).WithName("HealthLive");
        endpoints.MapHealthChecks("/health", live).WithName("Health");
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .WithName("HealthReady");
        return endpoints;
    }

    /// <summary>{"status":"Healthy","checks":{"database":{"status":"Healthy","description":"..."}}}: descriptions only, no exceptions.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), context.RequestAborted);
    }
}
