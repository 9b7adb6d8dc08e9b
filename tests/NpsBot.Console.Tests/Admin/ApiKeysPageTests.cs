using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Admin;
using NpsBot.Console.Tests.Inbox;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Console.Tests.Admin;

public sealed class ApiKeysPageTests : ConsoleTestContext
{
    private readonly FakeApiKeys _keys = new();

    public ApiKeysPageTests() => Services.AddSingleton<IApiKeys>(_keys);

    [Fact]
    public void A_new_key_is_made_with_its_name_and_scope_and_its_secret_shown_once_with_a_copy_button()
    {
        var page = Render<ApiKeysPage>();

        page.Find("#key-name").Change("CRM sync");
        page.Find("#key-scope").Change("read-write");
        page.Find("form").Submit();

        Assert.Equal([("CRM sync", ApiKeyScope.ReadWrite)], _keys.Created);
        var secret = page.Find("[data-secret]").TextContent;
        Assert.StartsWith("nps_k1_", secret, StringComparison.Ordinal);
        page.Find("[data-copy]").Click();
        Assert.Equal(secret, JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments[0]);
        Assert.Contains("read-write", page.Find("tr[data-key='k1']").TextContent, StringComparison.Ordinal);

        // Once: a page opened again lists the key without its secret.
        var again = Render<ApiKeysPage>();
        Assert.Empty(again.FindAll("[data-secret]"));
        Assert.DoesNotContain(secret, again.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_without_a_name_is_not_made()
    {
        var page = Render<ApiKeysPage>();

        page.Find("form").Submit();

        Assert.Empty(_keys.Created);
        Assert.Contains("name", page.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_shows_when_each_key_was_last_used_and_revoking_marks_it_revoked()
    {
        _keys.Seed(new ApiKeyInfo("k9", "Export", ApiKeyScope.Read, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), null,
            new DateTimeOffset(2026, 11, 30, 17, 45, 0, TimeSpan.Zero)));
        _keys.Seed(new ApiKeyInfo("k8", "Unused", ApiKeyScope.Read, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), null, null));
        var page = Render<ApiKeysPage>();

        Assert.Equal("2026-11-30 17:45 UTC", page.Find("tr[data-key='k9'] [data-last-used]").TextContent);
        Assert.Equal("never", page.Find("tr[data-key='k8'] [data-last-used]").TextContent);
        page.Find("tr[data-key='k9'] [data-revoke]").Click();

        Assert.Contains("revoked", page.Find("tr[data-key='k9']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("tr[data-key='k9'] [data-revoke]"));
    }
}
