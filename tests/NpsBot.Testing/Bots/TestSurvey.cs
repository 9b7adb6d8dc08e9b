using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;

namespace NpsBot.Testing.Bots;

/// <summary>The bot and turn store the channel tests run against, until the real survey and SQLite store are in the host.</summary>
public static class TestSurvey
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<IBot, ScriptedSurveyBot>();
        services.AddSingleton<ITurnStore, InMemoryTurnStore>();
    }
}
