using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Tests.Inbox;
using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Tests.Insights;

/// <summary>A console test context with one <see cref="FakeInsights"/> behind every insights contract.</summary>
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
    }

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>The current URL without scheme and host.</summary>
    protected string Location => new Uri(Navigation.Uri).PathAndQuery;
}
