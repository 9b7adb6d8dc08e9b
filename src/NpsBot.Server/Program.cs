using NpsBot.Language.Cli;
using NpsBot.Server.Api;
using NpsBot.Server.AgentConsole;
using NpsBot.Server.Cli;
using NpsBot.Server.Hosting;
using NpsBot.Channels.Sms;
using NpsBot.Server.Messages;
using NpsBot.Server.Operations;
using NpsBot.Server.Proactive;
using NpsBot.Server.Security;
using NpsBot.Server.WebChat;
using NpsBot.Storage;

// Before anything touches the disk: every file and folder this process creates is its user's alone (0600/0700).
UnixUmask.Restrict();

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose() });
builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings);

// The language verbs (score, classify, train-themes, evaluate) need no database or web server.
if (LanguageCli.Handles(args))
{
    var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
    var language = SurveyBotRegistration.LanguageOptionsFrom(builder.Configuration, storage.DataDirectory);
    // train-themes also learns from the themes managers corrected and customers confirmed in the database.
    var reviewed = args[0] == "train-themes" ? await StoredThemeExamples.LoadAsync(storage, CancellationToken.None) : null;
    return await LanguageCli.RunAsync(args, Console.In, Console.Out, Console.Error, language, reviewed: reviewed);
}

builder.AddNpsBot();

var app = builder.Build();
await app.InitializeNpsBotAsync();

if (CommandLine.VerbOf(args) is { } verb)
{
    return await app.RunVerbAsync(verb, args);
}

StartupBanner.Announce(app);
app.UseNpsBotErrorHandling();
app.UseEdgeSecurity();
app.UseWebChat();
app.UseAgentConsoleHost();
app.MapBotMessages();
app.MapTwilioSms();
app.MapProactiveSurveys();
app.MapNpsBotHealth();
app.MapNpsBotMetrics();
app.MapNpsBotApi();
await app.RunAsync();
return 0;
