using NpsBot.Channels.BotFrameworkConnector;
using NpsBot.Channels.Sms;
using NpsBot.Conversations.Runner;
using NpsBot.Server.Api;
using NpsBot.Server.AgentConsole;
using NpsBot.Server.AgentDesk;
using NpsBot.Server.Operations;
using NpsBot.Server.Privacy;
using NpsBot.Server.Proactive;
using NpsBot.Server.ScaleOut;
using NpsBot.Server.Security;
using NpsBot.Server.Webhooks;
using NpsBot.Server.WebChat;
using NpsBot.Server.Work;
using NpsBot.Storage;

namespace NpsBot.Server.Hosting;

/// <summary>Composes the bot: options, storage, the survey, the runner, channels. Program.cs calls this and nothing else.</summary>
public static class NpsBotHostingExtensions
{
    public static WebApplicationBuilder AddNpsBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddNpsBotProblemDetails();
        builder.AddEdgeSecurity();
        builder.Services.AddNpsBotHealthChecks();
        builder.AddNpsBotTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);

        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddNpsBotStorage(storage);
        builder.AddPrivacy(storage);

        builder.AddSurveyBot(storage.DataDirectory);
        builder.Services.AddHostedService<LanguageCueWarmUp>();
        builder.Services.AddSingleton<KeyedGate>();
        builder.Services.AddSingleton<CommittedStates>();
        builder.Services.AddSingleton<IConversationRunner, ConversationRunner>();
        builder.Services.AddBotConnector();
        builder.Services.AddConnectorAuthentication();
        builder.AddWorkQueue();
        builder.Services.AddServiceUrlPolicy();
        builder.AddWebChat();
        builder.AddAbuseLimits();
        builder.Services.AddTwilioSms();
        builder.AddProactiveSurveys();
        builder.AddNpsBotApi();
        builder.AddWebhooks();
        builder.AddAgentConsoleHost();
        builder.AddAgentDesk();
        builder.AddScaleOut();
        return builder;
    }
}
