using NpsBot.Recovery.Insights;

namespace NpsBot.Server.Api;

/// <summary><c>/api/v1/responses</c>, <c>/api/v1/cases</c> (cursor pages) and <c>/api/v1/nps</c> (figures), all under the insights filter.</summary>
public static class InsightsEndpoints
{
    public static RouteGroupBuilder MapInsightsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/responses", ResponsesAsync).WithName("ListResponses")
            .WithSummary("Responses with their case, newest first; filter by from, to, channel, locale, theme, agent, band; page with cursor and limit.")
            .Produces<ResponsePage<ResponseRow>>().ProducesValidationProblem();
        api.MapGet("/cases", CasesAsync).WithName("ListCases")
            .WithSummary("Recovery cases of the filtered responses, newest first, paged with cursor and limit.")
            .Produces<ResponsePage<CaseRow>>().ProducesValidationProblem();
        api.MapGet("/nps", NpsAsync).WithName("GetNps")
            .WithSummary("NPS with its 95 % margin and count, trend (granularity=week|month), distribution, bands, funnel, SLA and agents.")
            .Produces<NpsReport>().ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> ResponsesAsync(HttpRequest request, IResponseReader reader, CancellationToken cancellationToken)
    {
        var (filter, cursor, limit, problem) = Paging(request);
        return problem ?? TypedResults.Ok(await reader.ResponsesAsync(filter!, cursor, limit, cancellationToken));
    }

    private static async Task<IResult> CasesAsync(HttpRequest request, IResponseReader reader, CancellationToken cancellationToken)
    {
        var (filter, cursor, limit, problem) = Paging(request);
        return problem ?? TypedResults.Ok(await reader.CasesAsync(filter!, cursor, limit, cancellationToken));
    }

    private static async Task<IResult> NpsAsync(HttpRequest request, IInsightsQueries queries, CancellationToken cancellationToken)
    {
        var parsed = ApiFilter.Read(request);
        var errors = new Dictionary<string, string>(parsed.Errors);
        var granularity = request.Query["granularity"].ToString() switch
        {
            "" or "week" => TrendGranularity.Week,
            "month" => TrendGranularity.Month,
            _ => (TrendGranularity?)null,
        };
        if (granularity is null)
        {
            errors["granularity"] = "'granularity' must be week or month.";
        }

        if (errors.Count > 0 || parsed.Filter is not { } filter)
        {
            return ApiFilter.Problem(errors);
        }

        return TypedResults.Ok(new NpsReport(
            await queries.SummaryAsync(filter, cancellationToken),
            await queries.TrendAsync(filter, granularity!.Value, cancellationToken),
            await queries.DistributionAsync(filter, cancellationToken),
            await queries.BandsAsync(filter, Segment.Channel, cancellationToken),
            await queries.BandsAsync(filter, Segment.Locale, cancellationToken),
            await queries.BandsAsync(filter, Segment.Theme, cancellationToken),
            await queries.FunnelAsync(filter, cancellationToken),
            await queries.SlaAsync(filter, cancellationToken),
            await queries.AgentsAsync(filter, cancellationToken)));
    }

    private static (InsightsFilter? Filter, string? Cursor, int Limit, IResult? Problem) Paging(HttpRequest request)
    {
        var parsed = ApiFilter.Read(request);
        var errors = new Dictionary<string, string>(parsed.Errors);
        var (limit, limitError) = ApiFilter.Limit(request);
        var (cursor, cursorError) = ApiFilter.Cursor(request);
        if (limitError is not null)
        {
            errors["limit"] = limitError;
        }

        if (cursorError is not null)
        {
            errors["cursor"] = cursorError;
        }

        return errors.Count > 0 ? (null, null, 0, ApiFilter.Problem(errors)) : (parsed.Filter, cursor, limit, null);
    }
}
