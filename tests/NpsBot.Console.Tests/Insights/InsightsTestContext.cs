using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Tests.Inbox;
using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Tests.Insights;

/// <summary>
/// A console test context with one <see cref="FakeInsights"/> behind every insights contract. Pages render live (in a
/// circuit), unless a test says they prerender; what a prerender carries into the live page is in <see cref="PageState"/>.
/// </summary>
public abstract class InsightsTestContext : ConsoleTestContext
{
    internal FakeInsights Insights { get; } = new();

    protected InsightsTestContext()
    {
        Services.AddSingleton<IInsightsQueries>(Insights);
        Services.AddSingleton<IResponseReader>(Insights);
        Services.AddSingleton<ITranscriptSearch>(Insights);
        Services.AddSingleton<IConversationViews>(Insights);
        Services.AddSingleton<IThemeGovernance>(Insights);
        PageState = AddBunitPersistentComponentState();
        GoLive();
    }

    internal BunitPersistentComponentState PageState { get; }

    /// <summary>Pages render as the server's prerender does: not interactive, their state persisted at the end.</summary>
    protected void Prerender() => Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

    /// <summary>Pages render live, as in the circuit after the prerender (the default).</summary>
    protected void GoLive() => Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>The current URL without scheme and host.</summary>
    protected string Location => new Uri(Navigation.Uri).PathAndQuery;
}
