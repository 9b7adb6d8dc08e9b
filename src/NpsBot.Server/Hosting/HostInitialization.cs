using NpsBot.Conversations.Runner;
using NpsBot.Language.Cli;
using NpsBot.Storage;

namespace NpsBot.Server.Hosting;

/// <summary>Work done once before the server or a verb runs: database migrations, the theme model (trained on first start), and the bot (which checks dialogs/).</summary>
public static class HostInitialization
{
    public static async Task InitializeNpsBotAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        await LanguageCli.WarmUpAsync(app.Services, app.Lifetime.ApplicationStopping);
        _ = app.Services.GetRequiredService<IBot>();
    }
}
