using Microsoft.Playwright;
using NpsBot.Testing.Hosting;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>
/// One server on a real Kestrel port, with the real survey on SQLite, and one headless Chromium for a test class. A missing
/// Chromium fails the tests (scripts/install-test-deps.sh installs Debian's); Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public RealSurveyApplicationFactory Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/ under the test's output folder.</summary>
    public static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;

    public async ValueTask InitializeAsync()
    {
        Server.UseKestrel(0);
        Server.StartServer();
        BaseAddress = Server.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",

                // The test server is on loopback, so a page of "another site" (EmbedTests) would be a public page loading from a
                // more private address, which Chromium refuses; a real NpsBot server is not more private than the sites embedding it.
                "--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,LocalNetworkAccessChecks",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
