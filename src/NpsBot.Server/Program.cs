using NpsBot.Language.Cli;
using NpsBot.Server.Cli;
using NpsBot.Server.Hosting;
using NpsBot.Server.Messages;
using NpsBot.Server.WebChat;
using NpsBot.Storage;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose() });
builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings);

// The language verbs (score, classify, train-themes, evaluate) need no database or web server.
if (LanguageCli.Handles(args))
{
    var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
    var language = SurveyBotRegistration.LanguageOptionsFrom(builder.Configuration, storage.DataDirectory);
    return await LanguageCli.RunAsync(args, Console.In, Console.Out, Console.Error, language);
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
app.UseWebChat();
app.MapBotMessages();
app.MapGet("/health", () => TypedResults.Ok("ok"));
await app.RunAsync();
return 0;
