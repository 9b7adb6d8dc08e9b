using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Work;

namespace NpsBot.Server.Proactive;

/// <summary>Proactive surveys: the invite service, its job, the API key check (configured keys until the dashboard's exist) and the eraser.</summary>
public static class ProactiveHostingExtensions
{
    public static WebApplicationBuilder AddProactiveSurveys(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName);
        builder.Services.AddSingleton<IApiKeyValidator, ConfiguredApiKeyValidator>();
        builder.Services.AddSingleton<SurveyInviteService>();
        builder.Services.AddTransient<IWorkHandler, SurveyInviteHandler>();
        builder.Services.AddSingleton<IPersonalDataEraser, SurveyInviteEraser>();
        return builder;
    }
}
