using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Insights;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Api;

/// <summary>A real survey through /api/messages labels the complaint in theme_labels, with the model's version and evidence.</summary>
public sealed class ThemeLabelsOverHttpTests : IAsyncDisposable
{
    private const string Complaint = "the parcel was two weeks late";
    private readonly ServerFactory _server = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task The_classifiers_guess_and_the_customers_answer_are_labelled_in_the_turns_that_made_them()
    {
        var customer = new BotClient(_server.CreateClient(), "labels-1", "en-US", null);
        await customer.JoinAsync(Ct);
        await customer.SendAsync("3", Ct);
        await customer.SendAsync(Complaint, Ct);

        await using (var context = await ContextAsync())
        {
            var label = await context.ThemeLabels.SingleAsync(Ct);
            var response = await context.SurveyResponses.SingleAsync(Ct);
            Assert.Equal((response.Id, response.ThemeGuess, ThemeSources.OfflineModel), (label.ResponseId, label.Theme, label.Source));
            Assert.StartsWith("offline@", label.ModelVersion, StringComparison.Ordinal);
            Assert.NotNull(label.Evidence);
            Assert.All(label.Evidence.Split(' '), word => Assert.Contains(word, Complaint, StringComparison.Ordinal));
            Assert.Equal(response.ThemeConfidence, label.Confidence);
        }

        await customer.SendAsync("second time", Ct);
        await customer.SendAsync("yes", Ct);

        await using (var context = await ContextAsync())
        {
            var response = await context.SurveyResponses.SingleAsync(Ct);
            var confirmed = await context.ThemeLabels.Where(l => l.Source == ThemeSources.CustomerConfirmed).Select(l => l.Theme).ToListAsync(Ct);
            Assert.Equal(response.ConfirmedTheme is { } theme ? [theme] : [], confirmed);
            Assert.Equal(1, await context.ThemeLabels.CountAsync(l => l.Source == ThemeSources.OfflineModel, Ct));
        }
    }

    private async Task<NpsBotDbContext> ContextAsync() =>
        await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
}
