using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Work;

namespace NpsBot.Server.Proactive;

/// <summary>Proactive surveys: the invite service, its job, and the eraser (the endpoints take the REST API's keys).</summary>
public static class ProactiveHostingExtensions
{
    public static WebApplicationBuilder AddProactiveSurveys(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SurveyInviteService>();
        builder.Services.AddSingleton<NpsBot.Recovery.FollowUps.IFollowUpInvites, FollowUpInvites>();
        builder.Services.AddSingleton<NpsBot.Console.Surveys.ISurveyUploads, SurveyUploads>();
        builder.Services.AddTransient<IWorkHandler, SurveyInviteHandler>();
        builder.Services.AddSingleton<IPersonalDataEraser, SurveyInviteEraser>();
        return builder;
    }
}
