using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Privacy;
using NpsBot.Server.Tests.Api;
using NpsBot.Server.Webhooks;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.Tests.Webhooks;

/// <summary>The SSRF guard: webhook targets are https on public addresses, checked when subscribing and again when delivering.</summary>
public sealed class WebhookTargetGuardTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("http://203.0.113.10/hook", "https")]
    [InlineData("https://127.0.0.1/hook", "127.0.0.1")]
    [InlineData("https://localhost:8443/hook", "localhost")]
    [InlineData("https://10.1.2.3/hook", "10.1.2.3")]
    [InlineData("https://172.20.0.1/hook", "172.20.0.1")]
    [InlineData("https://192.168.1.1/hook", "192.168.1.1")]
    [InlineData("https://169.254.169.254/latest/meta-data", "169.254.169.254")]
    [InlineData("https://[::1]/hook", "::1")]
    [InlineData("https://[fd00::1]/hook", "fd00::1")]
    [InlineData("https://[::ffff:10.0.0.1]/hook", "10.0.0.1")]
    public async Task A_subscription_to_a_plain_http_or_inside_address_is_refused_with_400_naming_the_url(string url, string named)
    {
        var key = await _server.KeyAsync(ApiKeyScope.ReadWrite);

        using var response = await _server.Client(key).PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { WebhookEvents.CaseOpened } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(named, problem.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        await using var context = await _server.ContextAsync();
        Assert.False(await context.WebhookSubscriptions.AnyAsync(Ct));
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("203.0.114.7", false)]
    [InlineData("2a00:1450:4001:80b::200e", false)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("::", true)]
    public void Public_and_inside_addresses_are_told_apart(string address, bool inside) =>
        Assert.Equal(inside, WebhookTargetGuard.IsInside(IPAddress.Parse(address)));

    [Fact]
    public async Task A_stored_subscription_that_points_inside_is_refused_at_delivery_as_a_dead_letter()
    {
        // As if made before the guard existed, or by hand in the database: delivery checks again, on the address it connects to.
        var protector = _server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(DataProtectionPurposes.Webhooks);
        long id;
        await using (var context = await _server.ContextAsync())
        {
            var row = new WebhookSubscriptionRecord
            {
                Url = "https://localhost:1/hook", Events = WebhookEvents.CaseOpened, ProtectedSecret = protector.Protect("whsec_test"), CreatedAt = DateTime.UtcNow,
            };
            context.WebhookSubscriptions.Add(row);
            await context.SaveChangesAsync(Ct);
            id = row.Id;
        }

        var handler = _server.Services.GetServices<IWorkHandler>().Single(h => h.Kind == WebhookEventJobs.DeliveryKind);
        var payload = JsonSerializer.Serialize(new WebhookDelivery(id, "case.opened:c-1", WebhookEvents.CaseOpened, "{}"), WebhookEvent.Json);

        var refused = await Assert.ThrowsAsync<WorkFailedPermanentlyException>(
            () => handler.HandleAsync(new WorkItem(1, WebhookEventJobs.DeliveryKind, payload, 1, DateTimeOffset.UtcNow), Ct));

        Assert.Contains("localhost", refused.Message, StringComparison.Ordinal);
    }
}
