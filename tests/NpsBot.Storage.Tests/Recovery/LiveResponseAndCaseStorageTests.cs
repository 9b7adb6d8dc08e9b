using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Sla;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Tests.Recovery;

public sealed class LiveResponseAndCaseStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_response_recorded_at_every_answer_is_one_row_updated_in_place()
    {
        await using var database = await TestDatabase.CreateAsync();
        var started = Turns.Response("abc", 2, Turns.Start) with { Outcome = SurveyOutcomes.InProgress, Reason = null, CompletedAt = null };
        var answered = started with { Reason = "late [phone]", UpdatedAt = Turns.Start.AddMinutes(1) };
        var finished = answered with { Outcome = SurveyOutcomes.Completed, UpdatedAt = Turns.Start.AddMinutes(2), CompletedAt = Turns.Start.AddMinutes(2) };

        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [started]), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1, inbound: Turns.Inbound("abc", activityId: "m2"), records: [answered]), Ct);
        var halfway = Assert.Single(await database.Queries.LatestAsync(10, Ct));
        await database.Store.CommitAsync(Turns.Commit("abc", 2, inbound: Turns.Inbound("abc", activityId: "m3"), records: [finished]), Ct);

        Assert.Equal(answered, halfway);
        Assert.Equal([finished], await database.Queries.LatestAsync(10, Ct));
    }

    [Fact]
    public async Task The_abandon_job_marks_only_a_response_still_in_progress_since_the_answer_that_scheduled_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var inProgress = Turns.Response("abc", 2, Turns.Start) with { Outcome = SurveyOutcomes.InProgress, CompletedAt = null };
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [inProgress]), Ct);
        var outcomes = database.Services.GetRequiredService<IResponseOutcomes>();

        var stale = await outcomes.MarkAbandonedAsync(inProgress.ResponseKey, Turns.Start.AddMinutes(-1), Turns.Start.AddHours(1), Ct);
        var due = await outcomes.MarkAbandonedAsync(inProgress.ResponseKey, Turns.Start, Turns.Start.AddHours(1), Ct);
        var again = await outcomes.MarkAbandonedAsync(inProgress.ResponseKey, Turns.Start, Turns.Start.AddHours(2), Ct);

        Assert.Equal((false, true, false), (stale, due, again));
        var row = Assert.Single(await database.Queries.LatestAsync(10, Ct));
        Assert.Equal((SurveyOutcomes.Abandoned, Turns.Start.AddHours(1)), (row.Outcome, row.CompletedAt));
    }

    [Fact]
    public async Task A_case_is_written_once_with_its_clocks_and_later_turns_update_only_what_the_survey_learns()
    {
        await using var database = await TestDatabase.CreateAsync();
        var opened = Case("case-1", Turns.Start) with { Remedy = null };
        var later = opened with { Status = CaseStatus.InProgress, Remedy = "reship", FirstContactDue = Turns.Start.AddDays(9), UpdatedAt = Turns.Start.AddMinutes(3) };

        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [opened, new CaseEvent("case-1", CaseEventKinds.Opened, "bot", Turns.Start)]), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1, inbound: Turns.Inbound("abc", activityId: "m2"), records: [later]), Ct);

        await using var context = await database.OpenContextAsync();
        var row = await context.Cases.SingleAsync(Ct);
        Assert.Equal((CaseStatus.Open, "reship", Turns.Start.AddHours(1).UtcDateTime), (row.Status, row.Remedy, row.FirstContactDue));
        var opening = await context.CaseEvents.SingleAsync(Ct);
        Assert.Equal((row.Id, CaseEventKinds.Opened, "bot"), (opening.CaseId, opening.Kind, opening.Actor));
    }

    [Fact]
    public async Task The_sla_check_flags_a_case_without_first_contact_once_and_records_the_breach()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [Case("case-1", Turns.Start)]), Ct);
        var cases = database.Services.GetRequiredService<ICaseStore>();

        var early = await cases.FlagOverdueAsync("case-1", SlaClocks.FirstContact, Turns.Start.AddMinutes(30), Ct);
        var due = await cases.FlagOverdueAsync("case-1", SlaClocks.FirstContact, Turns.Start.AddHours(1), Ct);
        var twice = await cases.FlagOverdueAsync("case-1", SlaClocks.FirstContact, Turns.Start.AddHours(2), Ct);

        Assert.Equal((false, true, false), (early, due, twice));
        await using var context = await database.OpenContextAsync();
        Assert.True((await context.Cases.SingleAsync(Ct)).Overdue);
        var breach = await context.CaseEvents.SingleAsync(Ct);
        Assert.Equal((CaseEventKinds.SlaBreached, CaseEvent.SystemActor, SlaClocks.FirstContact, (await context.Cases.SingleAsync(Ct)).Id), (breach.Kind, breach.Actor, breach.Detail, breach.CaseId));
    }

    private static SupportCase Case(string key, DateTimeOffset at) => new()
    {
        CaseKey = key,
        ResponseKey = "response-abc-2",
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
