using NpsBot.Conversations.Runner;
using NpsBot.Storage;

namespace NpsBot.Server.Hosting;

/// <summary>Work done once before the server or a verb runs: database migrations, and loading the bot (which checks dialogs/).</summary>
public static class HostInitialization
{
    public static async Task InitializeNpsBotAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        _ = app.Services.GetRequiredService<IBot>();
    }
}
