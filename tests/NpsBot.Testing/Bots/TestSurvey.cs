using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;

namespace NpsBot.Testing.Bots;

/// <summary>
/// The bot and turn store the channel tests run against: a scripted survey in memory, so a wire-format test does not depend
/// on the survey's wording or on SQLite. The browser tests use the real ones (see RealSurveyApplicationFactory).
/// </summary>
public static class TestSurvey
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<IBot, ScriptedSurveyBot>();
        services.AddSingleton<ITurnStore, InMemoryTurnStore>();
    }
}
