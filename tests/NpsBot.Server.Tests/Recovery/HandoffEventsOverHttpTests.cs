using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Recovery;

/// <summary>
/// Recovery:Handoff:Mode=botframework over /api/messages on SQLite: the handoff.initiate event reaches the channel's
/// connector with the transcript, the hub's handoff.status events are accepted and land on the case; and a confirmed
/// score change closes (or keeps) the case.
/// </summary>
public sealed class HandoffEventsOverHttpTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
    private readonly ServerFactory _server;
    private RecordingConnector _connector = null!;

    public HandoffEventsOverHttpTests() =>
        _server = new ServerFactory(clock: _clock, settings: new Dictionary<string, string?> { ["Recovery:Handoff:Mode"] = "botframework" });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeWithDataAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_handoff_posts_handoff_initiate_with_the_transcript_to_the_connector_and_the_hubs_status_is_recorded()
    {
        var http = _server.CreateClient();
        var customer = new BotClient(http, "hub-1", "en-US");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("2", Ct);

        // The handoff turn in 202 mode: replies (and the event) are POSTed to the channel's serviceUrl.
        var handoff = customer.Activity(ActivityTypes.Message) with { Text = "my card 4111 1111 1111 1111 was charged twice, I want a person", DeliveryMode = null, ServiceUrl = _connector.ServiceUrl };
        using (var response = await http.PostAsJsonAsync("/api/messages", handoff, ActivityJson.Options, Ct))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var delivered = await _connector.WaitForAsync(2, timeout.Token);
        var initiate = Assert.Single(delivered, a => a.Type == ActivityTypes.Event);
        Assert.Equal("handoff.initiate", initiate.Name);
        Assert.Equal("hub-1", initiate.Conversation!.Id);
        Assert.Equal(handoff.Id, initiate.RelatesTo!.ActivityId);
        var attachment = Assert.Single(initiate.Attachments!);
        Assert.Equal(("application/json", "Transcript"), (attachment.ContentType, attachment.Name));
        var lines = attachment.Content!.Value.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Contains("2", lines);
        Assert.DoesNotContain(lines, text => text?.Contains("4111", StringComparison.Ordinal) == true);
        Assert.Contains(lines, text => text?.Contains("[card]", StringComparison.Ordinal) == true);

        var accepted = await PostStatusAsync(http, customer, """{"state":"accepted"}""");
        var completed = await PostStatusAsync(http, customer, """{"state":"completed","message":"resolved by agent"}""");
        var unknown = await PostStatusAsync(http, customer, """{"state":"teleported"}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (accepted, completed, unknown));
        await using var context = await ContextAsync();
        var supportCase = await context.Cases.SingleAsync(Ct);
        var kinds = await context.CaseEvents.Where(e => e.CaseId == supportCase.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync(Ct);
        Assert.Equal(["handoff_initiated", "handoff_accepted", "handoff_completed"], kinds.Where(k => k.StartsWith("handoff_", StringComparison.Ordinal)));
        Assert.Equal("bot", (await context.Conversations.SingleAsync(Ct)).Mode);
        Assert.Equal(initiate.Value!.Value.GetProperty("caseKey").GetString(), supportCase.CaseKey);
    }

    [Fact]
    public async Task A_web_chat_customer_cannot_end_a_handoff_by_posting_a_status_event()
    {
        var customer = await WebChatCustomer.StartAsync(_server.CreateClient());
        await customer.PostAsync("2");
        await customer.PostAsync("I want to talk to a person");

        var status = await customer.PostEventAsync("handoff.status", JsonDocument.Parse("""{"state":"completed"}""").RootElement);

        Assert.Equal(HttpStatusCode.OK, status);
        await using var context = await ContextAsync();
        Assert.Single(await context.Cases.ToListAsync(Ct));
        Assert.Empty(await context.CaseEvents.Where(e => e.Kind == "handoff_completed").ToListAsync(Ct));
        Assert.Equal("agent", (await context.Conversations.SingleAsync(Ct)).Mode);
    }

    [Fact]
    public async Task A_detractor_who_changes_to_a_promoter_closes_an_untouched_case_as_unresolved()
    {
        var customer = new BotClient(_server.CreateClient(), "change-1", "en-US");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("3", Ct);

        await customer.SendAsync("change my score to 9", Ct);
        await customer.SendAsync("yes", Ct);

        await using var context = await ContextAsync();
        var supportCase = await context.Cases.SingleAsync(Ct);
        Assert.Equal(("closed_unresolved", "score changed by customer", 9), (supportCase.Status, supportCase.RootCause, supportCase.Score));
        var events = await context.CaseEvents.Where(e => e.CaseId == supportCase.Id).OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Contains(events, e => e.Kind == "score_changed" && e.Detail == "3 -> 9");
        Assert.Contains(events, e => e.Kind == "status_changed" && e.Detail!.StartsWith("open -> closed_unresolved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_a_person_already_touched_stays_open_with_a_note()
    {
        var customer = new BotClient(_server.CreateClient(), "change-2", "en-US");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("3", Ct);
        await using (var context = await ContextAsync())
        {
            var touched = await context.Cases.SingleAsync(Ct);
            touched.Assignee = "agent-7";
            await context.SaveChangesAsync(Ct);
        }

        await customer.SendAsync("change my score to 9", Ct);
        await customer.SendAsync("yes", Ct);

        await using var after = await ContextAsync();
        var supportCase = await after.Cases.SingleAsync(Ct);
        Assert.Equal(("open", null), (supportCase.Status, supportCase.RootCause));
        var kinds = await after.CaseEvents.Where(e => e.CaseId == supportCase.Id).Select(e => e.Kind).ToListAsync(Ct);
        Assert.Contains("score_changed", kinds);
        Assert.Contains("note", kinds);
        Assert.DoesNotContain("status_changed", kinds);
    }

    [Fact]
    public async Task A_promoter_who_changes_to_a_detractor_gets_a_case()
    {
        var customer = new BotClient(_server.CreateClient(), "change-3", "en-US");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("9", Ct);

        await customer.SendAsync("change my score to 2", Ct);
        await customer.SendAsync("yes", Ct);

        await using var context = await ContextAsync();
        var supportCase = await context.Cases.SingleAsync(Ct);
        Assert.Equal(("open", 2), (supportCase.Status, supportCase.Score));
    }

    private static async Task<HttpStatusCode> PostStatusAsync(HttpClient http, BotClient customer, string value)
    {
        var status = customer.Activity(ActivityTypes.Event) with { Name = "handoff.status", Value = JsonDocument.Parse(value).RootElement.Clone() };
        using var response = await http.PostAsJsonAsync("/api/messages", status, ActivityJson.Options, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private async Task<NpsBotDbContext> ContextAsync() =>
        await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
}
