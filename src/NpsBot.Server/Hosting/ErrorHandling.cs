namespace NpsBot.Server.Hosting;

/// <summary>
/// What a fault looks like from outside: a 500 problem-details with a traceId (and no exception text), logged once by the
/// exception handler, which sits inside the developer exception page so that page never sees (or logs) it again.
/// Mistakes in what a client sends never get here: the endpoints answer them with a 400 naming the field (issue 7).
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddNpsBotProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            if (context.ProblemDetails.Status >= StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Detail = "The server failed on this request; quote the traceId when reporting it.";
            }
        });

    public static WebApplication UseNpsBotErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // The framework's own "bad request" (a malformed request line, a body cut short) keeps its 4xx and is no fault of ours.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        return app;
    }
}
