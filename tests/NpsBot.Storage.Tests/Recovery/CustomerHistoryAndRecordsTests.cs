using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Fatigue;
using NpsBot.Recovery.Handoff;
using NpsBot.Surveys.Fatigue;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Tests.Recovery;

/// <summary>
/// The survey-fatigue facts and the handoff package's earlier records, read with hand-written SQL on the turn store's
/// pooled readers (issue 13), against rows the turn store wrote: on SQLite, and on PostgreSQL when the tests run there.
/// </summary>
public sealed class CustomerHistoryAndRecordsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_customer_never_seen_has_no_history()
    {
        await using var database = await TestDatabase.CreateAsync();

        var history = await History(database).ForAsync("webchat", "nobody", Ct);

        Assert.Equal(CustomerHistory.None, history);
    }

    [Fact]
    public async Task History_has_the_opt_out_the_last_scored_survey_an_open_case_and_the_last_handoff()
    {
        await using var database = await TestDatabase.CreateAsync();
        var older = Turns.Response("a", 3, Turns.Start);
        var newer = Turns.Response("b", 8, Turns.Start.AddDays(2));
        var unscored = Turns.Response("c", 5, Turns.Start.AddDays(5)) with { ResponseKey = "response-c-unscored", Score = null, Category = null };
        var handedOff = Case("case-1", older.ResponseKey, Turns.Start.AddHours(1)) with { HandoffReason = "asked_for_person" };
        var resolved = Case("case-2", newer.ResponseKey, Turns.Start.AddDays(3)) with { Status = CaseStatus.Resolved };
        await database.Store.CommitAsync(Turns.Commit("a", 0, records: [older, handedOff]), Ct);
        await database.Store.CommitAsync(Turns.Commit("b", 0, records: [newer, resolved]), Ct);
        await database.Store.CommitAsync(Turns.Commit("c", 0, records: [unscored, new CustomerConsent("webchat", "user-1", true, Turns.Start)]), Ct);

        var history = await History(database).ForAsync("webchat", "user-1", Ct);
        var elsewhere = await History(database).ForAsync("sms", "user-1", Ct);

        Assert.Equal(new CustomerHistory(true, newer.StartedAt, true, handedOff.OpenedAt), history);
        Assert.Equal(history with { OptedOut = false }, elsewhere);
    }

    [Fact]
    public async Task Resolved_and_closed_cases_are_not_open()
    {
        await using var database = await TestDatabase.CreateAsync();
        // A response has at most one case (the unique index on cases.response_key): two surveys, one case each.
        var earlier = Turns.Response("a", 2, Turns.Start);
        var response = Turns.Response("b", 3, Turns.Start);
        await database.Store.CommitAsync(
            Turns.Commit("a", 0, records: [earlier, Case("case-1", earlier.ResponseKey, Turns.Start) with { Status = CaseStatus.Resolved }]),
            Ct);
        await database.Store.CommitAsync(
            Turns.Commit("b", 0, records: [response, Case("case-2", response.ResponseKey, Turns.Start) with { Status = CaseStatus.ClosedUnresolved }]),
            Ct);

        var history = await History(database).ForAsync("webchat", "user-1", Ct);

        Assert.Equal(new CustomerHistory(false, response.StartedAt, false, null), history);
    }

    [Fact]
    public async Task Earlier_records_are_newest_first_without_the_survey_at_hand_and_at_most_the_limit()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = Turns.Response("a", 2, Turns.Start);
        var second = Turns.Response("b", 7, Turns.Start.AddDays(1)) with { Theme = null };
        var third = Turns.Response("c", 9, Turns.Start.AddDays(2));
        var current = Turns.Response("d", 1, Turns.Start.AddDays(3));
        var firstCase = Case("case-a", first.ResponseKey, Turns.Start) with { Score = null };
        var secondCase = Case("case-b", second.ResponseKey, Turns.Start.AddDays(1));
        var currentCase = Case("case-d", current.ResponseKey, Turns.Start.AddDays(3));
        await database.Store.CommitAsync(Turns.Commit("a", 0, records: [first, firstCase]), Ct);
        await database.Store.CommitAsync(Turns.Commit("b", 0, records: [second, secondCase]), Ct);
        await database.Store.CommitAsync(Turns.Commit("c", 0, records: [third]), Ct);
        await database.Store.CommitAsync(Turns.Commit("d", 0, records: [current, currentCase]), Ct);

        var past = await Records(database).EarlierAsync("user-1", current.ResponseKey, 2, Ct);
        var all = await Records(database).EarlierAsync("user-1", current.ResponseKey, 10, Ct);
        var someoneElse = await Records(database).EarlierAsync("user-2", current.ResponseKey, 10, Ct);

        Assert.Equal(
            new[]
            {
                new EarlierSurvey(third.StartedAt, 9, "delivery", SurveyOutcomes.Completed),
                new EarlierSurvey(second.StartedAt, 7, null, SurveyOutcomes.Completed),
            },
            past.Surveys);
        Assert.Equal(
            new[]
            {
                new EarlierCase("case-b", secondCase.OpenedAt, 2, "delivery", CaseStatus.Open, null),
                new EarlierCase("case-a", firstCase.OpenedAt, null, "delivery", CaseStatus.Open, null),
            },
            past.Cases);
        Assert.Equal(new[] { third.StartedAt, second.StartedAt, first.StartedAt }, all.Surveys.Select(s => s.StartedAt));
        Assert.Equal((0, 0), (someoneElse.Surveys.Count, someoneElse.Cases.Count));
    }

    private static ICustomerHistory History(TestDatabase database) => database.Services.GetRequiredService<ICustomerHistory>();

    private static ICustomerRecords Records(TestDatabase database) => database.Services.GetRequiredService<ICustomerRecords>();

    private static SupportCase Case(string key, string responseKey, DateTimeOffset at) => new()
    {
        CaseKey = key,
        ResponseKey = responseKey,
        ConversationKey = Turns.Key("abc"),
        ChannelId = "webchat",
        CustomerId = "user-1",
        Status = CaseStatus.Open,
        Priority = CasePriority.High,
        Score = 2,
        Theme = "delivery",
        OpenedAt = at,
        FirstContactDue = at.AddHours(1),
        ResolutionDue = at.AddHours(48),
        UpdatedAt = at,
    };
}
