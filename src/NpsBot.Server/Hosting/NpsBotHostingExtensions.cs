using NpsBot.Channels.BotFrameworkConnector;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
using NpsBot.Server.WebChat;

namespace NpsBot.Server.Hosting;

/// <summary>Composes the bot: options, runner, channels. Program.cs calls this and nothing else.</summary>
public static class NpsBotHostingExtensions
{
    public static WebApplicationBuilder AddNpsBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KeyedGate>();
        builder.Services.AddSingleton<ITextRedactor, NoRedaction>();
        builder.Services.AddSingleton<IConversationRunner, ConversationRunner>();
        builder.Services.AddBotConnector();
        builder.AddWebChat();
        return builder;
    }
}
