using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Insights;
using NpsBot.Server.Cli;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Tests.Cli;

/// <summary>What train-themes reads from the server's database before training.</summary>
public sealed class StoredThemeExamplesTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("npsbot-train-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_managers_correction_is_read_over_the_customers_confirmation()
    {
        var options = new StorageOptions { DataDirectory = _data };
        await StoredThemeExamples.LoadAsync(options, Ct);
        await using (var services = new ServiceCollection().AddNpsBotStorage(options).BuildServiceProvider())
        {
            await using var context = await services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
            var at = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
            var response = new SurveyResponseRecord
            {
                ResponseKey = "r1", ConversationKey = "c1", ChannelId = "webchat", Score = 2, Category = NpsCategory.Detractor,
                Reason = "the delivery fee is a joke", Theme = "delivery", ThemeGuess = "delivery", ConfirmedTheme = "delivery",
                Outcome = "completed", StartedAt = at, UpdatedAt = at,
            };
            context.SurveyResponses.Add(response);
            await context.SaveChangesAsync(Ct);
            context.ThemeLabels.AddRange(
                new ThemeLabelRecord { ResponseId = response.Id, Theme = "delivery", Source = ThemeSources.CustomerConfirmed, At = at },
                new ThemeLabelRecord { ResponseId = response.Id, Theme = "price", Source = ThemeSources.ManagerCorrected, At = at, By = "maria", Reason = "fee" });
            await context.SaveChangesAsync(Ct);
        }

        var examples = await StoredThemeExamples.LoadAsync(options, Ct);

        Assert.Equal([new NpsBot.Language.Themes.ReviewedTheme("the delivery fee is a joke", "price", ThemeSources.ManagerCorrected)], examples);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
