using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Tests.Insights;
using NpsBot.Storage.Themes;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Tests.Themes;

public sealed class ThemeGovernanceTests
{
    private static readonly string[] Configured = ["billing", "delivery", "other", "price", "product", "service", "website"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Survey_turns_label_the_guess_and_the_customers_change_once_each_in_the_turn()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guessed = Guessed("abc");

        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [guessed]), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1, records: [guessed with { ConfirmedTheme = "product", Theme = "product" }]), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 2, records: [guessed with { ConfirmedTheme = "product", Theme = "product" }]), Ct);

        var id = await ResponseIdAsync(database, guessed.ResponseKey);
        var labels = await Governance(database).LabelsAsync(id, Ct);
        Assert.Equal(2, labels.Count);
        Assert.Equal(("delivery", ThemeSources.OfflineModel, "offline@0123456789ab", "parcel late", 0.8), (labels[0].Theme, labels[0].Source, labels[0].ModelVersion, labels[0].Evidence, labels[0].Confidence));
        Assert.Equal(("product", ThemeSources.CustomerConfirmed, "my parcel came late"), (labels[1].Theme, labels[1].Source, labels[1].Evidence));
        Assert.Null(labels[1].ModelVersion);
    }

    [Fact]
    public async Task A_relabel_is_stored_with_its_reason_sets_the_theme_and_survives_later_turns()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guessed = Guessed("abc");
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [guessed]), Ct);
        var id = await ResponseIdAsync(database, guessed.ResponseKey);
        var governance = Governance(database);

        var outcome = await governance.RelabelAsync(new ThemeCorrection(id, "price", "  they complain about the delivery fee ", "maria"), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1, records: [guessed with { WantsContact = true }]), Ct);

        Assert.Equal(RelabelOutcome.Relabelled, outcome);
        var labels = await governance.LabelsAsync(id, Ct);
        Assert.Equal(("price", ThemeSources.ManagerCorrected, "maria", "they complain about the delivery fee"), (labels[^1].Theme, labels[^1].Source, labels[^1].By, labels[^1].Reason));
        var row = (await database.Services.GetRequiredService<IResponseReader>().ResponsesAsync(InsightsFilter.All, null, 5, Ct)).Items.Single();
        Assert.Equal("price", row.Theme);
        Assert.Equal(ThemeSources.ManagerCorrected, row.ThemeSource);
        Assert.Equal(true, row.WantsContact);
        Assert.Equal(2, labels.Count);
    }

    [Fact]
    public async Task Relabels_are_refused_for_an_unknown_response_theme_or_a_missing_or_overlong_reason_and_change_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guessed = Guessed("abc");
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [guessed]), Ct);
        var id = await ResponseIdAsync(database, guessed.ResponseKey);
        var governance = Governance(database);

        Assert.Equal(RelabelOutcome.UnknownResponse, await governance.RelabelAsync(new ThemeCorrection(id + 100, "price", "why", "maria"), Ct));
        Assert.Equal(RelabelOutcome.ReasonMissing, await governance.RelabelAsync(new ThemeCorrection(id, "price", "   ", "maria"), Ct));
        Assert.Equal(RelabelOutcome.ReasonTooLong, await governance.RelabelAsync(new ThemeCorrection(id, "price", new string('x', ThemeCorrection.MaxReasonLength + 1), "maria"), Ct));
        Assert.Equal(RelabelOutcome.UnknownTheme, await governance.RelabelAsync(new ThemeCorrection(id, "weather", "why", "maria"), Ct));
        Assert.Equal(RelabelOutcome.SameTheme, await governance.RelabelAsync(new ThemeCorrection(id, "delivery", "why", "maria"), Ct));
        Assert.Equal(RelabelOutcome.UnknownTheme, await new ThemeGovernance(Contexts(database), ThemeChoices.None, TimeProvider.System)
            .RelabelAsync(new ThemeCorrection(id, "price", "why", "maria"), Ct));

        Assert.Single(await governance.LabelsAsync(id, Ct));
        await using var context = await database.OpenContextAsync();
        Assert.Equal("delivery", await context.SurveyResponses.Where(r => r.Id == id).Select(r => r.Theme).SingleAsync(Ct));
    }

    [Fact]
    public async Task Agreement_counts_the_reviewed_labels_per_week_and_month_under_the_filter()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        await using (var context = await database.OpenContextAsync())
        {
            var ids = await context.SurveyResponses.ToDictionaryAsync(r => r.ResponseKey!, r => r.Id, Ct);
            context.ThemeLabels.AddRange(
                Label(ids["r1"], "delivery", ThemeSources.OfflineModel), Label(ids["r1"], "delivery", ThemeSources.CustomerConfirmed),
                Label(ids["r2"], "product", ThemeSources.LanguageModel), Label(ids["r2"], "price", ThemeSources.ManagerCorrected),
                Label(ids["r3"], "delivery", ThemeSources.OfflineModel),
                Label(ids["r4"], "delivery", ThemeSources.OfflineModel), Label(ids["r4"], "delivery", ThemeSources.CustomerConfirmed),
                Label(ids["r4"], "billing", ThemeSources.ManagerCorrected),
                Label(ids["r5"], "price", ThemeSources.OfflineModel), Label(ids["r5"], "price", ThemeSources.CustomerConfirmed));
            await context.SaveChangesAsync(Ct);
        }

        var governance = Governance(database);
        var weeks = await governance.AgreementAsync(InsightsFilter.All, TrendGranularity.Week, Ct);
        var months = await governance.AgreementAsync(InsightsFilter.All, TrendGranularity.Month, Ct);
        var sms = await governance.AgreementAsync(new InsightsFilter { Channel = "sms" }, TrendGranularity.Week, Ct);

        // Week of 30 Nov: r1 agreed, r2 corrected; week of 7 Dec: r4 corrected after the customer's yes, r5 agreed.
        Assert.Equal([new ThemeAgreementPoint(new DateOnly(2026, 11, 30), 2, 1), new ThemeAgreementPoint(new DateOnly(2026, 12, 7), 2, 1)], weeks);
        Assert.Equal([new ThemeAgreementPoint(new DateOnly(2026, 11, 1), 1, 1), new ThemeAgreementPoint(new DateOnly(2026, 12, 1), 3, 1)], months);
        Assert.Equal([new ThemeAgreementPoint(new DateOnly(2026, 12, 7), 2, 1)], sms);
        Assert.Equal(0.5, weeks[0].Agreement);
    }

    [Fact]
    public async Task The_training_set_prefers_the_managers_correction_to_the_customers_confirmation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        await using (var context = await database.OpenContextAsync())
        {
            var ids = await context.SurveyResponses.ToDictionaryAsync(r => r.ResponseKey!, r => r.Id, Ct);
            context.ThemeLabels.AddRange(
                Label(ids["r4"], "delivery", ThemeSources.CustomerConfirmed), Label(ids["r4"], "billing", ThemeSources.ManagerCorrected),
                Label(ids["r5"], "price", ThemeSources.OfflineModel), Label(ids["r6"], "service", ThemeSources.CustomerConfirmed));
            await context.SaveChangesAsync(Ct);
        }

        var examples = await database.Services.GetRequiredService<ThemeTrainingSet>().LoadAsync(Ct);

        // r5 has only the model's guess; r1 (confirmed) has no reason to learn from.
        Assert.Equal(
            [new ReviewedComplaint("reason of r4, card [card]", "billing", ThemeSources.ManagerCorrected), new ReviewedComplaint("reason of r6, card [card]", "service", ThemeSources.CustomerConfirmed)],
            examples);
    }

    private static SurveyResponse Guessed(string conversationId) => Turns.Response(conversationId, 3, Turns.Start.AddMinutes(1)) with
    {
        Reason = "my parcel came late",
        ThemeGuess = "delivery",
        ThemeConfidence = 0.8,
        ThemeGuessSource = "offline",
        ThemeModelVersion = "offline@0123456789ab",
        ThemeEvidence = "parcel late",
        Theme = "delivery",
    };

    private static ThemeLabelRecord Label(long responseId, string theme, string source) =>
        new() { ResponseId = responseId, Theme = theme, Source = source, At = InsightsSeed.Week2 };

    private static IDbContextFactory<NpsBotDbContext> Contexts(TestDatabase database) =>
        database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();

    private static ThemeGovernance Governance(TestDatabase database) => new(Contexts(database), new ThemeChoices(Configured), TimeProvider.System);

    private static async Task<long> ResponseIdAsync(TestDatabase database, string responseKey)
    {
        await using var context = await database.OpenContextAsync();
        return await context.SurveyResponses.Where(r => r.ResponseKey == responseKey).Select(r => r.Id).SingleAsync(Ct);
    }
}
