using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Webhooks;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Tests.Webhooks;

/// <summary>
/// A turn with an event queues its "webhook.event" job only while a subscription is active; adding or removing one
/// through the service counts at once, one written by another process (instance, CLI) once the refresh period is over.
/// </summary>
public sealed class WebhookSubscriptionPresenceTests : IAsyncDisposable
{
    private readonly ServerFactory _server = new(settings: new Dictionary<string, string?>
    {
        ["Webhooks:AllowPrivateTargets"] = "true",
        ["Webhooks:PresenceRefresh"] = "01:00:00", // only the version may make the cached answer stale here
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task A_completed_survey_queues_its_event_only_while_a_subscription_is_active()
    {
        var presence = _server.Services.GetRequiredService<WebhookSubscriptionPresence>();
        var subscriptions = _server.Services.GetRequiredService<IWebhookSubscriptions>();

        var none = await EventJobsAsync(presence, "r-1");
        var created = await subscriptions.AddAsync(new Uri("https://127.0.0.1:9/hook"), [WebhookEvents.ResponseRecorded], Ct);
        var one = await EventJobsAsync(presence, "r-2");
        Assert.True(await subscriptions.RemoveAsync(created.Subscription.Id, Ct));
        var removed = await EventJobsAsync(presence, "r-3");

        Assert.Equal((0, 1, 0), (none, one, removed));
    }

    [Fact]
    public async Task A_subscription_saved_by_another_process_counts_after_the_refresh_period()
    {
        var cached = _server.Services.GetRequiredService<WebhookSubscriptionPresence>();
        var contexts = _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        var refreshedAtOnce = new WebhookSubscriptionPresence(
            contexts, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Webhooks:PresenceRefresh"] = "00:00:00" }).Build());
        Assert.False(await cached.AnyActiveAsync(Ct));
        Assert.False(await refreshedAtOnce.AnyActiveAsync(Ct));

        await using (var context = await contexts.CreateDbContextAsync(Ct))
        {
            context.WebhookSubscriptions.Add(new WebhookSubscriptionRecord
            {
                Url = "https://127.0.0.1:9/other", Events = WebhookEvents.ResponseRecorded, ProtectedSecret = "not used here", CreatedAt = DateTime.UtcNow,
            });
            await context.SaveChangesAsync(Ct);
        }

        Assert.False(await cached.AnyActiveAsync(Ct));
        Assert.True(await refreshedAtOnce.AnyActiveAsync(Ct));
        Assert.Equal(1, await EventJobsAsync(refreshedAtOnce, "r-4"));
    }

    [Fact]
    public async Task None_is_known_only_from_a_fresh_read_that_found_none()
    {
        var contexts = _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        var subscriptions = _server.Services.GetRequiredService<IWebhookSubscriptions>();
        var presence = _server.Services.GetRequiredService<WebhookSubscriptionPresence>();
        var expiring = new WebhookSubscriptionPresence(
            contexts, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Webhooks:PresenceRefresh"] = "00:00:00" }).Build());

        var beforeAnyRead = presence.KnownNone;
        await presence.AnyActiveAsync(Ct);
        var afterReadingNone = presence.KnownNone;
        var created = await subscriptions.AddAsync(new Uri("https://127.0.0.1:9/hook"), [WebhookEvents.ResponseRecorded], Ct);
        var afterAdding = presence.KnownNone;
        await presence.AnyActiveAsync(Ct);
        var afterReadingOne = presence.KnownNone;
        Assert.True(await subscriptions.RemoveAsync(created.Subscription.Id, Ct));
        var afterRemoving = presence.KnownNone;
        await expiring.AnyActiveAsync(Ct);

        Assert.Equal((false, true, false, false, false), (beforeAnyRead, afterReadingNone, afterAdding, afterReadingOne, afterRemoving));
        Assert.False(expiring.KnownNone); // read with nothing active, but already past its refresh period
    }

    /// <summary>Runs one turn whose bot completes a survey through <see cref="WebhookEventsBot"/>; the "webhook.event" jobs it queued.</summary>
    private static async Task<int> EventJobsAsync(WebhookSubscriptionPresence presence, string responseKey)
    {
        var message = new Activity { Type = ActivityTypes.Message, Text = "done", Conversation = new ConversationAccount { Id = "c-" + responseKey } };
        var turn = new TurnContext(message, new ConversationState(), ChannelCapabilities.Rich, TimeProvider.System);
        var bot = new WebhookEventsBot(new CompletingBot(responseKey), presence);

        await bot.OnTurnAsync(turn, Ct);

        return turn.Work.Count(w => w.Kind == WebhookEventJobs.EventKind);
    }

    private sealed class CompletingBot(string responseKey) : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            var now = turn.Clock.GetUtcNow();
            turn.AddRecord(new SurveyResponse
            {
                ResponseKey = responseKey, ConversationKey = "c-" + responseKey, ChannelId = "test", Outcome = SurveyOutcomes.Completed,
                StartedAt = now, UpdatedAt = now, Score = 9,
            });
            return Task.CompletedTask;
        }
    }
}
