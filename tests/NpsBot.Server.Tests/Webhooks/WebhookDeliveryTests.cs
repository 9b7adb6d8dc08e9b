using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Webhooks;
using NpsBot.Storage;
using NpsBot.Storage.Work;
using NpsBot.Surveys.Responses;
using NpsBot.Testing.Ordering;

namespace NpsBot.Server.Tests.Webhooks;

/// <summary>
/// Events from real turns, and from changes outside a turn (an agent resolving a case at the desk, a scored survey
/// becoming abandoned), reach a real receiver, signed; 5xx is retried; a receiver that keeps failing ends in the dead
/// letters.
/// </summary>
[LongRunning(35)]
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ServerFactory _server = new(settings: new Dictionary<string, string?>
    {
        ["WorkQueue:PollInterval"] = "00:00:00.100",
        ["WorkQueue:RetryBaseDelay"] = "00:00:00.100",
        ["WorkQueue:RetryMaxDelay"] = "00:00:00.200",
        ["WorkQueue:MaxAttempts"] = "3",
        ["Webhooks:AllowPrivateTargets"] = "true", // the receiver listens on 127.0.0.1
    });

    private WebhookReceiver _receiver = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        var created = await _server.Services.GetRequiredService<IWebhookSubscriptions>().AddAsync(_receiver.Url, WebhookEvents.All, Ct);
        _receiver.Secret = created.Secret;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeWithDataAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_detractor_handed_off_sends_case_opened_handoff_requested_and_response_recorded_signed_with_redacted_text()
    {
        var customer = new BotClient(_server.CreateClient(), "hook-1", "en-US", "Ana Souza");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("2", Ct);
        await customer.SendAsync("my card 4111 1111 1111 1111 was charged twice, I want to talk to a person", Ct);

        var received = new List<WebhookReceiver.Received>();
        for (var i = 0; i < 3; i++)
        {
            received.Add(await _receiver.NextAsync(Patience));
        }

        received = received.OrderBy(r => r.Event, StringComparer.Ordinal).ToList();
        Assert.Equal([WebhookEvents.CaseOpened, WebhookEvents.HandoffRequested, WebhookEvents.ResponseRecorded], received.Select(r => r.Event));
        Assert.All(received, r => Assert.True(r.SignatureValid));
        Assert.All(received, r => Assert.DoesNotContain("4111", r.Body, StringComparison.Ordinal));
        Assert.All(received, r => Assert.DoesNotContain("Ana Souza", r.Body, StringComparison.Ordinal));
        var recorded = JsonDocument.Parse(received[2].Body).RootElement;
        Assert.Equal(received[2].EventId, recorded.GetProperty("id").GetString());
        Assert.Equal(2, recorded.GetProperty("data").GetProperty("score").GetInt32());
        Assert.StartsWith("case.opened:case-", received[0].EventId, StringComparison.Ordinal);
        var handoff = JsonDocument.Parse(received[1].Body).RootElement.GetProperty("data");
        Assert.Equal(received[0].EventId["case.opened:".Length..], handoff.GetProperty("caseKey").GetString());
        Assert.False(string.IsNullOrEmpty(handoff.GetProperty("reason").GetString()));
        Assert.True(handoff.GetProperty("firstContactDue").GetDateTimeOffset() > handoff.GetProperty("requestedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_agent_resolving_the_case_at_the_desk_sends_case_resolved_with_the_case_and_its_holder()
    {
        var customer = new BotClient(_server.CreateClient(), "hook-2", "en-US", "Ana Souza");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("1", Ct);
        await customer.SendAsync("the parcel never came, I want to talk to a person", Ct);
        var opened = await NextOfAsync(WebhookEvents.CaseOpened);
        var caseKey = opened.EventId["case.opened:".Length..];
        var desk = _server.Services.GetRequiredService<IAgentWorkspace>();
        var maria = new AgentIdentity("agent-maria", "Maria", false);
        Assert.True((await desk.ClaimAsync(maria, caseKey, Ct)).Succeeded);
        Assert.True((await desk.SendAsync(maria, caseKey, "Hello Ana, I'm on it.", Ct)).Succeeded);

        var resolved = await desk.ResolveAsync(maria, caseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);

        Assert.True(resolved.Succeeded, resolved.Message);
        var sent = await NextOfAsync(WebhookEvents.CaseResolved);
        Assert.True(sent.SignatureValid);
        Assert.Equal($"case.resolved:{caseKey}", sent.EventId);
        var data = JsonDocument.Parse(sent.Body).RootElement.GetProperty("data");
        Assert.Equal((caseKey, "resolved", "agent-maria"), (data.GetProperty("caseKey").GetString(), data.GetProperty("status").GetString(), data.GetProperty("assignee").GetString()));
    }

    [Fact]
    public async Task A_scored_survey_left_unanswered_is_recorded_once_when_it_becomes_abandoned()
    {
        var customer = new BotClient(_server.CreateClient(), "hook-3", "en-US", "Ana Souza");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("8", Ct); // a passive: asked what would make it a 10, and never answers
        string responseKey;
        await using (var context = await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct))
        {
            responseKey = (await context.SurveyResponses.AsNoTracking().SingleAsync(r => r.Score == 8, Ct)).ResponseKey!;
        }

        var outcomes = _server.Services.GetRequiredService<IResponseOutcomes>();
        var checkedAt = DateTimeOffset.UtcNow.AddSeconds(1); // the check, after no answer for the idle time (zero here)
        Assert.True(await outcomes.MarkAbandonedAsync(responseKey, TimeSpan.Zero, checkedAt, Ct));
        Assert.False(await outcomes.MarkAbandonedAsync(responseKey, TimeSpan.Zero, checkedAt, Ct)); // the job run again: nothing more

        var sent = await NextOfAsync(WebhookEvents.ResponseRecorded);
        Assert.True(sent.SignatureValid);
        var data = JsonDocument.Parse(sent.Body).RootElement.GetProperty("data");
        Assert.Equal((responseKey, 8, "abandoned"), (data.GetProperty("responseKey").GetString(), data.GetProperty("score").GetInt32(), data.GetProperty("outcome").GetString()));
        await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => NextOfAsync(WebhookEvents.ResponseRecorded, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_5xx_is_retried_and_the_retry_is_signed_again()
    {
        _receiver.AnswerNext(503);
        await QueueEventAsync("case-r1");

        var refused = await _receiver.NextAsync(Patience);
        var retried = await _receiver.NextAsync(Patience);

        Assert.Equal((503, 200), (refused.AnsweredWith, retried.AnsweredWith));
        Assert.Equal(refused.EventId, retried.EventId);
        Assert.True(retried.SignatureValid);
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_ends_in_the_dead_letters_after_the_queues_attempts()
    {
        _receiver.AnswerNext(500, 500, 500);
        await QueueEventAsync("case-r2");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(500, (await _receiver.NextAsync(Patience)).AnsweredWith);
        }

        var dead = await WaitForDeadLetterAsync();
        Assert.Equal((WebhookEventJobs.DeliveryKind, 3), (dead.Kind, dead.Attempts));
    }

    [Fact]
    public void A_signature_with_a_changed_body_or_an_old_timestamp_is_refused()
    {
        var now = DateTimeOffset.UtcNow;
        var header = WebhookSignature.Create("whsec_x", now.ToUnixTimeSeconds(), "{\"a\":1}");

        Assert.True(WebhookSignature.Verify("whsec_x", header, "{\"a\":1}", now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_x", header, "{\"a\":2}", now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_y", header, "{\"a\":1}", now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_x", header, "{\"a\":1}", now.AddMinutes(10), TimeSpan.FromMinutes(5)));
    }

    /// <summary>The next delivery of <paramref name="eventType"/>, passing over the others.</summary>
    private async Task<WebhookReceiver.Received> NextOfAsync(string eventType, TimeSpan? patience = null)
    {
        while (true)
        {
            var received = await _receiver.NextAsync(patience ?? Patience);
            if (received.Event == eventType)
            {
                return received;
            }
        }
    }

    /// <summary>An event's job added in a change's own EF transaction, as a change outside a turn adds it.</summary>
    private async Task QueueEventAsync(string caseKey)
    {
        await using var context = await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
        WebhookEventJobs.Add(context, WebhookPayloads.CaseResolved(caseKey, null, DateTimeOffset.UtcNow), DateTimeOffset.UtcNow);
        await context.SaveChangesAsync(Ct);
        _server.Services.GetRequiredService<WorkQueueSignal>().Notify();
    }

    private async Task<NpsBot.Storage.Entities.WorkItemRecord> WaitForDeadLetterAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            await using var context = await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
            var dead = await context.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.State == WorkItemStates.Dead, Ct);
            if (dead is not null)
            {
                return dead;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail("The failing delivery never became a dead letter.");
        throw new InvalidOperationException();
    }
}
