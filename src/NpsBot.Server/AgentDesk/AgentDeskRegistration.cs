using Microsoft.Extensions.DependencyInjection.Extensions;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.FollowUps;
using NpsBot.Surveys.FollowUps;

namespace NpsBot.Server.AgentDesk;

/// <summary>
/// The agent desk (issue 9): <see cref="IAgentWorkspace"/> for the console, a no-op <see cref="IAgentFeed"/> that the
/// console's host replaces, the observer that raises live events after each committed turn, the follow-up job and the
/// survey's source of due follow-ups. The outbounds per channel are registered by the channels themselves.
/// </summary>
public static class AgentDeskRegistration
{
    public static WebApplicationBuilder AddAgentDesk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IAgentFeed, NoAgentFeed>();
        services.TryAddSingleton<ICaseSuggestions>(sp => ActivatorUtilities.CreateInstance<KernelCaseSuggestions>(sp));
        services.AddSingleton<AgentWorkspace>();
        services.AddSingleton<IAgentWorkspace>(sp => sp.GetRequiredService<AgentWorkspace>());
        services.AddSingleton<IWorkHandler, NpsBot.Recovery.GiveBack.GiveBackAfterResolveHandler>();
        services.AddSingleton<ITurnObserver, AgentDeskObserver>();
        services.AddSingleton<IWorkHandler, FollowUpHandler>();
        services.AddSingleton<IFollowUpSurveys, FollowUpSurveys>();
        return builder;
    }
}
