using NpsBot.Testing.Hosting;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NpsBot.Server.Webhooks;

namespace NpsBot.Server.Tests.Webhooks;

/// <summary>
/// A real HTTP receiver on a loopback port (Kestrel): it checks each request's signature with the subscription's secret
/// the way a customer's server would, answers with the next queued status (200 when none is queued), and records every
/// request.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Received> _received = Channel.CreateUnbounded<Received>();
    private readonly Queue<int> _statuses = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Secret { get; set; } = "";

    public Uri Url => new(_app.Urls.Single() + "/hook");

    public static async Task<WebhookReceiver> StartAsync()
    {
        var app = LoopbackServer.Create();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return receiver;
    }

    public void AnswerNext(params int[] statuses)
    {
        lock (_statuses)
        {
            foreach (var status in statuses)
            {
                _statuses.Enqueue(status);
            }
        }
    }

    /// <summary>The next request, or a failed test after <paramref name="timeout"/>.</summary>
    public async Task<Received> NextAsync(TimeSpan timeout)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            return await _received.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No webhook request arrived within {timeout}.");
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var signature = context.Request.Headers[WebhookSignature.Header].ToString();
        var valid = WebhookSignature.Verify(Secret, signature, body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        int status;
        lock (_statuses)
        {
            status = _statuses.Count > 0 ? _statuses.Dequeue() : 200;
        }

        await _received.Writer.WriteAsync(new Received(
            context.Request.Headers[WebhookSignature.EventHeader].ToString(), context.Request.Headers[WebhookSignature.EventIdHeader].ToString(),
            body, valid, status));
        context.Response.StatusCode = valid ? status : 400;
    }

    public sealed record Received(string Event, string EventId, string Body, bool SignatureValid, int AnsweredWith);
}
