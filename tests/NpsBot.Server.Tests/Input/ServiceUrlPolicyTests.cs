using Microsoft.Extensions.Options;
using NpsBot.Channels.BotFrameworkConnector;

namespace NpsBot.Server.Tests.Input;

/// <summary>Issue 7, item 3: which serviceUrls the policy accepts, and why it refuses the others.</summary>
public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Policy = new(Options.Create(AllowList("connector.example.com", "[2001:db8::7]")));

    [Theory]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://127.8.9.10/path/")]
    [InlineData("https://localhost/")]
    [InlineData("http://LOCALHOST:1/")]
    [InlineData("http://[::1]:1/")]
    [InlineData("http://[::ffff:127.0.0.1]:1/")]
    [InlineData("https://connector.example.com/amer/")]
    [InlineData("https://CONNECTOR.example.com/")]
    [InlineData("http://[2001:db8::7]:8080/")]
    public void Loopback_and_allow_listed_hosts_are_accepted_in_local_mode(string serviceUrl) =>
        Assert.Null(Policy.RefusalInLocalMode(serviceUrl));

    [Theory]
    [InlineData("ftp://127.0.0.1/", "scheme 'ftp'")]
    [InlineData("file:///etc/passwd", "scheme 'file'")]
    [InlineData("gopher://localhost/", "scheme 'gopher'")]
    [InlineData("http://[2001:db8::1]:9/", "neither loopback nor in Bot:ServiceUrlAllowList")]
    [InlineData("http://169.254.169.254/latest/", "neither loopback")]
    [InlineData("http://0.0.0.0:1/", "neither loopback")]
    [InlineData("http://localhost.evil.example/", "neither loopback")]
    [InlineData("http://evil.example/127.0.0.1/", "neither loopback")]
    [InlineData("http://user:pw@127.0.0.1/", "user info")]
    [InlineData("/api/connector", "scheme 'file'")]
    [InlineData("connector", "not an absolute URL")]
    [InlineData("", "missing")]
    [InlineData(null, "missing")]
    public void Other_service_urls_are_refused_with_the_reason(string? serviceUrl, string reason) =>
        Assert.Contains(reason, Policy.RefusalInLocalMode(serviceUrl), StringComparison.Ordinal);

    [Fact]
    public void With_a_token_only_the_service_url_it_vouches_for_is_accepted()
    {
        Assert.Null(ServiceUrlPolicy.RefusalWhenVouched("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/AMER/"));
        Assert.Contains("vouches", ServiceUrlPolicy.RefusalWhenVouched("https://evil.example/", "https://smba.trafficmanager.net/amer/"), StringComparison.Ordinal);
        Assert.Contains("scheme", ServiceUrlPolicy.RefusalWhenVouched("ftp://x/", "ftp://x/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://connector.example.com/")]
    [InlineData("connector.example.com/amer")]
    [InlineData(" ")]
    public void An_allow_list_entry_that_is_not_a_host_stops_the_start(string entry)
    {
        var errors = AllowList(entry).Validate(new System.ComponentModel.DataAnnotations.ValidationContext(new object()));

        Assert.Contains(errors, error => error.ErrorMessage!.Contains("Bot:ServiceUrlAllowList", StringComparison.Ordinal));
    }

    private static ServiceUrlOptions AllowList(params string[] hosts)
    {
        var options = new ServiceUrlOptions();
        foreach (var host in hosts)
        {
            options.ServiceUrlAllowList.Add(host);
        }

        return options;
    }
}
