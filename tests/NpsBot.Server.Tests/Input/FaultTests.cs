using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Input;

/// <summary>Issue 7, item 4: a real fault (here a runner that fails) is a 500 problem-details with a traceId, logged once.</summary>
public sealed class FaultTests : IAsyncLifetime
{
    private readonly InputServer _server = new(services: services => services.AddSingleton<IConversationRunner, FailingRunner>());

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_fault_gets_500_problem_details_with_a_trace_id_and_is_logged_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var body = """{"type":"message","text":"7","conversation":{"id":"fault-1"},"deliveryMode":"expectReplies"}""";

        using var response = await _server.Factory.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain(FailingRunner.Message, problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("NpsBot.", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Single(_server.Logs.Entries, entry => entry.Exception?.Message == FailingRunner.Message);
    }

    private sealed class FailingRunner : IConversationRunner
    {
        public const string Message = "The database is down (a test fault).";

        public Task<TurnResult> RunTurnAsync(Activity activity, TurnOrigin origin, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Message);
    }
}
