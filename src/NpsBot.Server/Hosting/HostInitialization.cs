using NpsBot.Conversations.Runner;
using NpsBot.Language.Cli;
using NpsBot.Server.AgentConsole;
using NpsBot.Server.Security;
using NpsBot.Storage;
using NpsBot.Storage.Retention;

namespace NpsBot.Server.Hosting;

/// <summary>
/// Work done once before the server or a verb runs: the data folder made private (0700, files 0600), database
/// migrations, the recurring storage.prune job, the theme model (trained on first start), and the bot (which checks dialogs/).
/// </summary>
public static class HostInitialization
{
    public static async Task InitializeNpsBotAsync(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<StorageOptions>();
        if (DataFolderPermissions.Secure(storage.DataDirectory) > 0)
        {
            app.Logger.LogWarning("Made the data folder {Folder} and its files private to this user (0700/0600); they were readable by others.", Path.GetFullPath(storage.DataDirectory));
        }

        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);

        // The recurring storage.prune job (replay cache retention): queued once per database, whatever starts first.
        await app.Services.GetRequiredService<StoragePruneJob>().EnsureScheduledAsync(app.Lifetime.ApplicationStopping);
        await LanguageCli.WarmUpAsync(app.Services, app.Lifetime.ApplicationStopping);
        await DiscountCodeConfiguration.ImportAsync(app, app.Lifetime.ApplicationStopping);
        _ = app.Services.GetRequiredService<IBot>();
        await app.InitializeAgentConsoleAsync();
    }
}
