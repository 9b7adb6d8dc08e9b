using NpsBot.Language.Themes;
using NpsBot.Storage;
using NpsBot.Storage.Themes;

namespace NpsBot.Server.Cli;

/// <summary>
/// For <c>train-themes</c>: the complaints people labelled in the database (managers' corrections over customers'
/// confirmations, see <see cref="ThemeTrainingSet"/>), read without starting the web server.
/// </summary>
public static class StoredThemeExamples
{
    public static async Task<IReadOnlyList<ReviewedTheme>> LoadAsync(StorageOptions storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        await using var services = new ServiceCollection().AddNpsBotStorage(storage).BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var examples = await services.GetRequiredService<ThemeTrainingSet>().LoadAsync(cancellationToken);
        return [.. examples.Select(e => new ReviewedTheme(e.Text, e.Theme, e.Source))];
    }
}
