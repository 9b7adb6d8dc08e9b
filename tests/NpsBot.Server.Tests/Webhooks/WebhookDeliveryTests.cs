using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Webhooks;
using NpsBot.Storage;
using NpsBot.Storage.Work;
using NpsBot.Testing.Ordering;

namespace NpsBot.Server.Tests.Webhooks;

/// <summary>Events from real turns reach a real receiver, signed; 5xx is retried; a receiver that keeps failing ends in the dead letters.</summary>
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

    /// <summary>As the desk will when an agent resolves a case: the event's job in the change's own EF transaction.</summary>
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
