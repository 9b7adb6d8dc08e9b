using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Tests.Insights;

namespace NpsBot.Storage.Tests.Transcripts;

public sealed class ConversationViewsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_view_has_the_response_the_redacted_lines_by_speaker_the_case_with_its_events_and_the_labels()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        long id;
        await using (var context = await database.OpenContextAsync())
        {
            id = context.SurveyResponses.Single(r => r.ResponseKey == "r6").Id;
            context.CaseEvents.Add(new CaseEventRecord { CaseId = context.Cases.Single(c => c.CaseKey == "case-r6").Id, Kind = "opened", Actor = "bot", At = InsightsSeed.Week2.AddHours(2), Detail = "detractor" });
            context.ThemeLabels.Add(new ThemeLabelRecord { ResponseId = id, Theme = "delivery", Source = ThemeSources.OfflineModel, ModelVersion = "offline@x", Evidence = "colis", At = InsightsSeed.Week2 });
            await context.SaveChangesAsync(Ct);
        }

        var view = await database.Services.GetRequiredService<IConversationViews>().FindAsync(id, Ct);

        Assert.NotNull(view);
        Assert.Equal("r6", view.Response.ResponseKey);
        Assert.Equal(
            [("customer", null, "colis recu abime"), ("agent", "Ana Agent", "I am sorry, I will send a new one")],
            view.Transcript.Select(l => (l.Speaker, l.Name, l.Text)));
        Assert.DoesNotContain(view.Transcript, l => l.Text.Contains("encrypted", StringComparison.Ordinal));
        Assert.NotNull(view.Case);
        Assert.Equal(("case-r6", "open", "refund"), (view.Case.Key, view.Case.Status, view.Case.Remedy));
        Assert.Equal(["opened"], view.Case.Events.Select(e => e.Kind));
        Assert.Equal(("delivery", ThemeSources.OfflineModel, "colis"), (view.ThemeLabels.Single().Theme, view.ThemeLabels.Single().Source, view.ThemeLabels.Single().Evidence));
    }

    [Fact]
    public async Task An_unknown_response_has_no_view_and_a_promoter_has_no_case()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TranscriptSeed.SeedAsync(database);
        long id;
        await using (var context = await database.OpenContextAsync())
        {
            id = context.SurveyResponses.Single(r => r.ResponseKey == "r2").Id;
        }

        var views = database.Services.GetRequiredService<IConversationViews>();
        var view = await views.FindAsync(id, Ct);

        Assert.Null(await views.FindAsync(id + 1000, Ct));
        Assert.NotNull(view);
        Assert.Null(view.Case);
        Assert.Equal(["customer"], view.Transcript.Select(l => l.Speaker));
        Assert.Equal("great product, thanks", view.Transcript.Single().Text);
    }
}
