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
    public async Task The_abandon_check_marks_a_response_idle_for_the_time_given_and_after_a_later_answer_checks_again_that_long_after_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var inProgress = Turns.Response("abc", 2, Turns.Start) with { Outcome = SurveyOutcomes.InProgress, CompletedAt = null };
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [inProgress]), Ct);
        var outcomes = database.Services.GetRequiredService<IResponseOutcomes>();
        var idle = TimeSpan.FromMinutes(30);

        var answeredSince = await outcomes.MarkAbandonedAsync(inProgress.ResponseKey, idle, Turns.Start.AddMinutes(20), Ct);
        var checks = await AbandonChecksAsync(database);
        var due = await outcomes.MarkAbandonedAsync(inProgress.ResponseKey, idle, Turns.Start.AddMinutes(30), Ct);
        var again = await outcomes.MarkAbandonedAsync(inProgress.ResponseKey, idle, Turns.Start.AddHours(2), Ct);

        Assert.Equal((false, true, false), (answeredSince, due, again));
        var next = Assert.Single(checks);
        Assert.Equal((Turns.Start + idle).UtcDateTime, next.DueAt);
        Assert.Contains(inProgress.ResponseKey, next.Payload, StringComparison.Ordinal);
        Assert.Single(await AbandonChecksAsync(database)); // abandoned, or run again after: no further check
        var row = Assert.Single(await database.Queries.LatestAsync(10, Ct));
        Assert.Equal((SurveyOutcomes.Abandoned, Turns.Start.AddMinutes(30)), (row.Outcome, row.CompletedAt));
    }

    private static async Task<List<NpsBot.Storage.Entities.WorkItemRecord>> AbandonChecksAsync(TestDatabase database)
    {
        await using var context = await database.OpenContextAsync();
        return await context.WorkItems.AsNoTracking().Where(w => w.Kind == AbandonResponseHandler.JobKind).ToListAsync(Ct);
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
