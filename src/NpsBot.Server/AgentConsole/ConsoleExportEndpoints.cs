using NpsBot.Console.Access;
using NpsBot.Recovery.Insights;
using NpsBot.Server.Api.Exports;

namespace NpsBot.Server.AgentConsole;

/// <summary>
/// The console's export links (<c>/console/exports/responses.csv</c> and <c>.json</c>): the REST API's exporter under
/// the console's cookie and the manager policy, so the responses page can offer the same filter as a download.
/// </summary>
public static class ConsoleExportEndpoints
{
    public static IEndpointRouteBuilder MapConsoleExports(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/console/exports").RequireAuthorization(ConsoleRoles.ManagerPolicy).ExcludeFromDescription();
        exports.MapGet("/responses.csv", (HttpContext http, IResponseReader reader) =>
            ExportEndpoints.ExportAsync(http, reader, "text/csv; charset=utf-8", "csv", ResponseExportWriter.WriteCsvAsync));
        exports.MapGet("/responses.json", (HttpContext http, IResponseReader reader) =>
            ExportEndpoints.ExportAsync(http, reader, "application/json; charset=utf-8", "json", ResponseExportWriter.WriteJsonAsync));
        return endpoints;
    }
}
