using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace NpsBot.Server.Tests.ScaleOut;

/// <summary>
/// A console user's live feed on one server instance: signs in through the sign-in form over real HTTP, then opens the
/// agents' hub (<c>/hubs/agents</c>) with the console cookie and records every <c>CaseChanged</c> it receives.
/// </summary>
public sealed partial class ConsoleHubClient : IAsyncDisposable
{
    private readonly HubConnection _hub;

    private ConsoleHubClient(HubConnection hub) => _hub = hub;

    /// <summary>Case keys received, in order.</summary>
    public ConcurrentQueue<string> CaseChanges { get; } = new();

    /// <summary>Signs <paramref name="email"/> in on <paramref name="baseAddress"/>; the console cookie.</summary>
    public static async Task<string> SignInAsync(Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
        using var page = await http.GetAsync(new Uri("/console/login", UriKind.Relative), cancellationToken);
        var antiforgeryCookies = Cookies(page);
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync(cancellationToken));
        Assert.True(token.Success, "The sign-in page has an antiforgery token.");
        using var form = new HttpRequestMessage(HttpMethod.Post, "/console/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        form.Headers.Add("Cookie", string.Join("; ", antiforgeryCookies));
        using var signedIn = await http.SendAsync(form, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookies(signedIn).Single(cookie => cookie.StartsWith("npsbot.console=", StringComparison.Ordinal));
    }

    /// <summary>Opens the hub on <paramref name="baseAddress"/> with <paramref name="cookie"/> (from any instance: the keys are shared).</summary>
    public static async Task<ConsoleHubClient> ConnectAsync(Uri baseAddress, string cookie, CancellationToken cancellationToken)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/agents"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = cookie;
            })
            .Build();
        var client = new ConsoleHubClient(hub);
        hub.On<string>("CaseChanged", client.CaseChanges.Enqueue);
        await hub.StartAsync(cancellationToken);
        return client;
    }

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    private static List<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values.Select(value => value.Split(';')[0])] : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
