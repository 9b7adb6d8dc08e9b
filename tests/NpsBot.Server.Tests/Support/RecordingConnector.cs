using NpsBot.Testing.Hosting;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// A stand-in Bot Connector service on 127.0.0.1: records every activity the bot POSTs to
/// v3/conversations/{conversationId}/activities[/{activityId}] and answers as the real service does ({"id":...}).
/// The first <see cref="FailFirst"/> calls get 503, to exercise the bot's retries.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _calls;

    private RecordingConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, Activity Activity)> Received { get; } = new();

    public int FailFirst { get; set; }

    public string ServiceUrl { get; private set; } = "";

    public static async Task<RecordingConnector> StartAsync()
    {
        var app = LoopbackServer.Create();
        var connector = new RecordingConnector(app);
        app.MapPost("/connector/v3/conversations/{conversationId}/activities/{**activityId}", async (HttpContext context) =>
        {
            if (Interlocked.Increment(ref connector._calls) <= connector.FailFirst)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            var activity = await context.Request.ReadFromJsonAsync<Activity>(ActivityJson.Options);
            var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            connector.Received.Enqueue((rawTarget, activity!));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        connector.ServiceUrl = await LoopbackServer.StartAsync(app) + "/connector/";
        return connector;
    }

    /// <summary>Waits until at least <paramref name="count"/> activities arrived (the bot posts after answering 202).</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(int count, CancellationToken cancellationToken)
    {
        while (Received.Count < count)
        {
            await Task.Delay(20, cancellationToken);
        }

        return Received.Select(entry => entry.Activity).ToList();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
