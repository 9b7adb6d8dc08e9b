using System.Net.Http.Headers;
using FsCheck;
using FsCheck.Fluent;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Input;

/// <summary>Issue 7, item 4: no body a client sends to /api/messages gets a 5xx or leaves an error in the log.</summary>
public sealed class MessagesPropertyTests : IAsyncLifetime
{
    private const int Bodies = 1000;

    private readonly InputServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Mutated_activities_get_an_answer_below_500_and_a_400_names_the_field()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var http = _server.Factory.CreateClient();
        var tally = new Tally(_server.ErrorReport);
        var bodies = BodyMutations.Of(ValidBodies.Activity(["fuzz-1", "fuzz-2", "fuzz-3", "fuzz-4"], connector.ServiceUrl));

        await Task.Run(
            () => Check.One(Config.QuickThrowOnFailure.WithMaxTest(Bodies), Prop.ForAll(Arb.From(bodies), body => Post(http, body, tally))),
            TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"/api/messages: {tally}");
        Assert.Equal(Bodies, tally.Total);
        Assert.Empty(_server.Logs.Errors);
    }

    private static bool Post(HttpClient http, FuzzBody body, Tally tally)
    {
        using var content = new ByteArrayContent(body.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = http.PostAsync("/api/messages", content).GetAwaiter().GetResult();
        return tally.Check(body, response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult(), directLine: false);
    }
}
