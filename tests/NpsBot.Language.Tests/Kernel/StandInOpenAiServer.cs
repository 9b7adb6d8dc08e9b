using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NpsBot.Language.Tests.Kernel;

/// <summary>A loopback server that speaks the OpenAI chat completions wire format, answering as each test tells it to.</summary>
public sealed class StandInOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandInOpenAiServer(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonDocument> Requests { get; } = new();

    public Func<HttpContext, Task> Respond { get; set; } = context => AnswerAsync(context, "{\"theme\":\"other\",\"confidence\":0.5}");

    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    public static async Task<StandInOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new StandInOpenAiServer(app);
        app.MapPost("/v1/chat/completions", async context =>
        {
            server.Requests.Enqueue(await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted));
            await server.Respond(context);
        });
        await app.StartAsync();
        return server;
    }

    public static Task AnswerAsync(HttpContext context, string content) =>
        context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-standin",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "stand-in",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });

    public static Func<HttpContext, Task> Status(int statusCode) => context =>
    {
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(new { error = new { message = "stand-in error", type = "server_error" } });
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
