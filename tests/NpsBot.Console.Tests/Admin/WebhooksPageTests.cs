using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Admin;
using NpsBot.Console.Tests.Inbox;

namespace NpsBot.Console.Tests.Admin;

public sealed class WebhooksPageTests : ConsoleTestContext
{
    private readonly FakeWebhookAdmin _hooks = new();

    public WebhooksPageTests() => Services.AddSingleton<IWebhookAdmin>(_hooks);

    [Fact]
    public void A_subscription_is_made_for_the_chosen_events_and_its_signing_secret_shown_once()
    {
        var page = Render<WebhooksPage>();

        page.Find("#hook-url").Change("https://crm.example.com/npsbot");
        page.Find("[data-event='case.opened']").Change(true);
        page.Find("[data-event='case.resolved']").Change(true);
        page.Find("form").Submit();

        var hook = Assert.Single(_hooks.Hooks);
        Assert.Equal(["case.opened", "case.resolved"], hook.Events.Order(StringComparer.Ordinal));
        Assert.Equal("whsec_secret1", page.Find("[data-secret]").TextContent);
        Assert.NotNull(page.Find("[data-webhook='1']"));
        Assert.Empty(Render<WebhooksPage>().FindAll("[data-secret]"));
    }

    [Fact]
    public void A_refused_url_says_why_and_shows_no_secret()
    {
        var page = Render<WebhooksPage>();

        page.Find("#hook-url").Change("http://10.0.0.1/hook");
        page.Find("[data-event='case.opened']").Change(true);
        page.Find("form").Submit();

        Assert.Empty(_hooks.Hooks);
        Assert.Contains("https", page.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-secret]"));
    }

    [Fact]
    public void The_last_deliveries_are_listed_with_their_status_and_a_test_event_and_disabling_reach_the_host()
    {
        _hooks.Hooks.Add(new WebhookView(7, "https://crm.example.com/hook", ["case.opened"], DateTimeOffset.UtcNow, true,
        [
            new WebhookDeliveryView("case.opened:c2", "case.opened", new DateTimeOffset(2026, 12, 1, 10, 5, 0, TimeSpan.Zero), 2, 503, "retrying", "The receiver answered 503."),
            new WebhookDeliveryView("case.opened:c1", "case.opened", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), 1, 200, "delivered", null),
        ]));
        var page = Render<WebhooksPage>();

        var rows = page.FindAll("[data-webhook='7'] tr[data-delivery]");
        Assert.Equal(["retrying", "delivered"], rows.Select(r => r.GetAttribute("data-delivery")));
        Assert.Contains("503", rows[0].TextContent, StringComparison.Ordinal);
        page.Find("[data-webhook='7'] [data-test]").Click();
        page.Find("[data-webhook='7'] [data-disable]").Click();

        Assert.Equal([7L], _hooks.Tested);
        Assert.False(Assert.Single(_hooks.Hooks).Active);
        Assert.Contains("disabled", page.Find("[data-webhook='7'] .webhook-status").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-webhook='7'] [data-test]"));
    }
}
