using NpsBot.Server.Cli;
using NpsBot.Server.Hosting;
using NpsBot.Server.Messages;
using NpsBot.Server.WebChat;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose() });
builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings);
builder.AddNpsBot();

var app = builder.Build();
await app.InitializeNpsBotAsync();

if (CommandLine.VerbOf(args) is { } verb)
{
    return await app.RunVerbAsync(verb, args);
}

StartupBanner.Announce(app);
app.UseWebChat();
app.MapBotMessages();
app.MapGet("/health", () => TypedResults.Ok("ok"));
await app.RunAsync();
return 0;
