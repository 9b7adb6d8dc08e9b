using NpsBot.Testing.Hosting;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// A stand-in Bot Connector on 127.0.0.1 with one path per behaviour: <c>/ok/</c> records every reply,
/// <c>/bad/</c> answers 400, <c>/throttle/</c> answers 429 with Retry-After: 1 once, then records, <c>/flaky/</c>
/// answers 500 once, then records, <c>/lag/</c> records and answers after 10 ms (a channel under load), and
/// <c>/slow/</c> records but answers only once <see cref="ReleaseSlow"/> is called.
/// Every POST is counted, so retries can be seen.
/// </summary>
public sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _callsByPath = new();
    private readonly TaskCompletionSource _slowReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _slowWaiting;

    private ReplySink(WebApplication app) => _app = app;

    /// <summary>Every reply recorded, in arrival order, with the path it was posted to.</summary>
    public ConcurrentQueue<(string Behaviour, string ConversationId, Activity Reply)> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Requests held by <c>/slow/</c> right now.</summary>
    public int SlowWaiting => Volatile.Read(ref _slowWaiting);

    public string ServiceUrl(string behaviour) => $"{BaseUrl}/{behaviour}/";

    public int Calls(string behaviour) => _callsByPath.GetValueOrDefault(behaviour);

    public void ReleaseSlow() => _slowReleased.TrySetResult();

    public static async Task<ReplySink> StartAsync()
    {
        var app = LoopbackServer.Create();
        var sink = new ReplySink(app);
        app.MapPost("/{behaviour}/v3/conversations/{conversationId}/activities/{**activityId}", sink.ReceiveAsync);
        sink.BaseUrl = await LoopbackServer.StartAsync(app);
        return sink;
    }

    /// <summary>Waits until <paramref name="done"/> holds for what was received, polling every 20 ms.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyCollection<(string Behaviour, string ConversationId, Activity Reply)>, bool> done, CancellationToken cancellationToken)
    {
        while (!done(Received))
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseSlow();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(string behaviour, string conversationId, HttpContext context)
    {
        var calls = _callsByPath.AddOrUpdate(behaviour, 1, (_, count) => count + 1);
        switch (behaviour)
        {
            case "bad":
                return Results.BadRequest();
            case "throttle" when calls == 1:
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            case "flaky" when calls == 1:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        var reply = await context.Request.ReadFromJsonAsync<Activity>(ActivityJson.Options, context.RequestAborted);
        Received.Enqueue((behaviour, conversationId, reply!));
        if (behaviour == "lag")
        {
            await Task.Delay(10, context.RequestAborted);
        }

        if (behaviour == "slow")
        {
            Interlocked.Increment(ref _slowWaiting);
            await _slowReleased.Task.WaitAsync(context.RequestAborted);
            Interlocked.Decrement(ref _slowWaiting);
        }

        return Results.Json(new { id = reply!.Id });
    }
}
