using NpsBot.Recovery.Insights;

namespace NpsBot.Server.Api.Exports;

/// <summary><c>/api/v1/exports/responses.csv</c> and <c>.json</c>: one row per conversation, streamed, under the insights filter.</summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/exports/responses.csv", (HttpContext http, IResponseReader reader) => ExportAsync(http, reader, "text/csv; charset=utf-8", "csv", ResponseExportWriter.WriteCsvAsync))
            .WithName("ExportResponsesCsv").WithSummary("Every filtered response as CSV, one row per conversation, streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem();
        api.MapGet("/exports/responses.json", (HttpContext http, IResponseReader reader) => ExportAsync(http, reader, "application/json; charset=utf-8", "json", ResponseExportWriter.WriteJsonAsync))
            .WithName("ExportResponsesJson").WithSummary("Every filtered response as one JSON array, streamed.")
            .Produces<IReadOnlyList<ResponseRow>>().ProducesValidationProblem();
        return api;
    }

    internal static async Task<IResult> ExportAsync(
        HttpContext http, IResponseReader reader, string contentType, string extension, Func<IAsyncEnumerable<ResponseRow>, Stream, CancellationToken, Task> write)
    {
        var parsed = ApiFilter.Read(http.Request);
        if (parsed.Filter is not { } filter)
        {
            return ApiFilter.Problem(parsed.Errors);
        }

        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"responses.{extension}\"";
        await write(reader.StreamAsync(filter, http.RequestAborted), http.Response.Body, http.RequestAborted);
        return Results.Empty;
    }
}
