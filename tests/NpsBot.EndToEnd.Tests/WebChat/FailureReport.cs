using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using NpsBot.Testing.Hosting;
using Xunit.Sdk;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>
/// What a failed browser test saw, added to its failure: the page's address and text, whether Blazor showed its error
/// bar, and what the server logged at warning or above (a circuit's unhandled exception, a failed query). A step that
/// fails only on the CI machine can then be read from CI's output.
/// </summary>
public static class FailureReport
{
    private const int MaxPageText = 2_000;

    /// <summary>The failure of <paramref name="failed"/>, with what <paramref name="page"/> and the server showed then.</summary>
    public static async Task<Exception> DescribeAsync(Exception failed, IPage page, NpsBotApplicationFactory server)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(server);
        var report = new List<string> { failed.Message, $"Page: {page.Url}" };
        try
        {
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 });
            report.Add($"Page text: {(text.Length > MaxPageText ? text[..MaxPageText] + "…" : text)}");
            report.Add($"Blazor's error bar shown: {await page.Locator("#blazor-error-ui").IsVisibleAsync()}");
        }
        catch (PlaywrightException e)
        {
            report.Add($"The page could not be read: {e.Message}");
        }

        var problems = server.Logs.Entries.Where(entry => entry.Level >= LogLevel.Warning).Select(entry => $"{entry}\n{entry.Exception}").ToList();
        report.Add(problems.Count == 0 ? "The server logged no warning or error." : $"The server logged:\n{string.Join("\n", problems)}");
        return new XunitException(string.Join("\n", report), failed);
    }
}
