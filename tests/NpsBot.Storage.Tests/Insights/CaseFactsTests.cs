using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights;
using NpsBot.Surveys.Scoring;
using NpsBot.Testing.Ordering;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The case facts (each case row's copy of its response's period, channel, locale, theme, category and score, and its
/// seconds to first contact, kept by triggers) against the rows, and the funnel, SLA, agents, summary and cases page read
/// from them against the same figures joined from the responses (<see cref="InsightsQueries.ReadCaseFacts"/> = false):
/// randomized responses and cases in every state (fixed seeds), a case without a response, cases of passives, under every filter field alone and with a channel, with periods whose edges fall inside days; and again
/// after a relabel, a score change, a move to another day, a reassignment, a first contact, a response key change, a
/// case written before its response, a whole-row update and a delete.
/// </summary>
[LongRunning(30)]
public sealed class CaseFactsTests
{
    private static readonly string[] Channels = ["webchat", "sms", "msteams"];
    private static readonly string?[] Locales = ["en", "de", null];
    private static readonly string?[] Themes = ["delivery", "price", "service", null];
    private static readonly string?[] Agents = ["ana", "bo", "cy", null];
    private static readonly string[] Statuses = [CaseStatus.Open, CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.ClosedUnresolved];
    private static readonly DateTime FirstDay = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Inside the seeded months: some deadlines are past, some are not.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Case_figures_read_the_same_from_the_facts_as_from_the_join_under_every_filter(int seed)
    {
        await using var database = await TestDatabase.CreateAsync();
        await SeedAsync(database, new Random(seed), 200);

        await AssertFactsMatchRowsAsync(database);
        await AssertStepCountsMatchRowsAsync(database);
        await AssertFiguresMatchAsync(database);
    }

    [Fact]
    public async Task The_facts_follow_every_write_of_a_case_or_its_response()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SeedAsync(database, new Random(7), 120);
        long[] ids;
        await using (var context = await database.OpenContextAsync())
        {
            ids = await context.SurveyResponses.Where(r => r.CaseKey != null).OrderBy(r => r.Id).Select(r => r.Id).Take(6).ToArrayAsync(Ct);
        }

        await using (var context = await database.OpenContextAsync())
        {
            // A manager's relabel (ExecuteUpdate on theme, as ThemeGovernance does), a score change to a promoter with a
            // move to another day (tracked entity), a response key changed away from its case.
            Assert.Equal(1, await context.SurveyResponses.Where(r => r.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Theme, "relabelled"), Ct));
            var moved = await context.SurveyResponses.SingleAsync(r => r.Id == ids[1], Ct);
            moved.Score = 10;
            moved.Category = NpsCategory.Promoter;
            moved.StartedAt = moved.StartedAt.AddDays(2).AddHours(5);
            moved.ChannelId = "sms";
            await context.SaveChangesAsync(Ct);
            await context.SurveyResponses.Where(r => r.Id == ids[2]).ExecuteUpdateAsync(s => s.SetProperty(r => r.ResponseKey, "renamed"), Ct);

            // A reassignment and a first contact on a case (tracked entity), a whole-row update that writes every column
            // (stale facts included), and a deleted response.
            var reassigned = await context.Cases.SingleAsync(c => c.ResponseKey == ResponseKeyOf(ids[3]), Ct);
            reassigned.Assignee = reassigned.Assignee == "cy" ? "ana" : "cy";
            reassigned.FirstContactAt = reassigned.OpenedAt.AddMinutes(17);
            await context.SaveChangesAsync(Ct);
        }

        await using (var context = await database.OpenContextAsync())
        {
            var whole = await context.Cases.AsNoTracking().SingleAsync(c => c.ResponseKey == ResponseKeyOf(ids[4]), Ct);
            whole.ResponseTheme = "stale";
            whole.ResponseStartedAt = null;
            whole.SecondsToFirstContact = -1;
            context.Cases.Update(whole);
            await context.SaveChangesAsync(Ct);
            await context.SurveyResponses.Where(r => r.Id == ids[5]).ExecuteDeleteAsync(Ct);
        }

        // A case written before its response (the response arrives later), and a case whose response never comes.
        await using (var context = await database.OpenContextAsync())
        {
            context.Cases.Add(Case("late", FirstDay.AddDays(30), "ana", 40, CaseStatus.Resolved, 9, 5));
            context.Cases.Add(Case("never", FirstDay.AddDays(31), "bo", null, CaseStatus.Open, null, null));
            await context.SaveChangesAsync(Ct);
            context.SurveyResponses.Add(Response("late", "webchat", "de", 2, "price", FirstDay.AddDays(30).AddMinutes(-3)));
            await context.SaveChangesAsync(Ct);
        }

        // Statements that write many rows at once (PostgreSQL's rollup triggers sum a statement's rows per cell): a
        // relabel of every "service" response, every in-progress case of one agent closed, every rating of 5 made a 1, and
        // the open cases nobody was assigned deleted (but those of the rows checked below).
        await using (var context = await database.OpenContextAsync())
        {
            Assert.True(await context.SurveyResponses.Where(r => r.Theme == "service").ExecuteUpdateAsync(s => s.SetProperty(r => r.Theme, "support"), Ct) > 1);
            Assert.True(await context.Cases.Where(c => c.Assignee == "bo" && c.Status == CaseStatus.InProgress)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStatus.ClosedUnresolved), Ct) > 1);
            Assert.True(await context.Cases.Where(c => c.HelpRating == 5).ExecuteUpdateAsync(s => s.SetProperty(c => c.HelpRating, 1), Ct) > 1);
            var checkedKeys = ids.Select(ResponseKeyOf).ToArray();
            Assert.True(await context.Cases.Where(c => c.Assignee == null && c.Status == CaseStatus.Open && !checkedKeys.Contains(c.ResponseKey)).ExecuteDeleteAsync(Ct) > 1);
        }

        await AssertFactsMatchRowsAsync(database);
        await AssertStepCountsMatchRowsAsync(database);
        await using (var context = await database.OpenContextAsync())
        {
            // The checks above could pass on all-null facts: these rows must carry their response's values.
            var late = await context.Cases.AsNoTracking().SingleAsync(c => c.ResponseKey == "late", Ct);
            Assert.Equal(("webchat", "de", "price", NpsCategory.Detractor, 2, 2400.0), (late.ResponseChannelId, late.ResponseLocale, late.ResponseTheme, late.ResponseCategory, late.ResponseScore, Math.Round(late.SecondsToFirstContact!.Value)));
            Assert.Equal("relabelled", await context.Cases.Where(c => c.ResponseKey == ResponseKeyOf(ids[0])).Select(c => c.ResponseTheme).SingleAsync(Ct));
            Assert.Equal((NpsCategory?)NpsCategory.Promoter, await context.Cases.Where(c => c.ResponseKey == ResponseKeyOf(ids[1])).Select(c => c.ResponseCategory).SingleAsync(Ct));
            Assert.Null(await context.Cases.Where(c => c.ResponseKey == ResponseKeyOf(ids[2])).Select(c => c.ResponseStartedAt).SingleAsync(Ct));
            Assert.Equal(17 * 60.0, Math.Round((await context.Cases.Where(c => c.ResponseKey == ResponseKeyOf(ids[3])).Select(c => c.SecondsToFirstContact).SingleAsync(Ct))!.Value));
            Assert.NotNull(await context.Cases.Where(c => c.ResponseKey == ResponseKeyOf(ids[4])).Select(c => c.ResponseStartedAt).SingleAsync(Ct));
            Assert.Null(await context.Cases.Where(c => c.ResponseKey == ResponseKeyOf(ids[5])).Select(c => c.ResponseStartedAt).SingleAsync(Ct));
        }

        await AssertFiguresMatchAsync(database);
    }

    /// <summary>Each case's facts equal its response's columns (nulls without one) and its own first contact − opened.</summary>
    private static async Task AssertFactsMatchRowsAsync(TestDatabase database)
    {
        await using var context = await database.OpenContextAsync();
        var responses = await context.SurveyResponses.AsNoTracking().Where(r => r.ResponseKey != null)
            .ToDictionaryAsync(r => r.ResponseKey!, r => r, StringComparer.Ordinal, Ct);
        var cases = await context.Cases.AsNoTracking().ToListAsync(Ct);
        Assert.NotEmpty(cases);
        Assert.Contains(cases, c => c.ResponseStartedAt is null);
        foreach (var item in cases)
        {
            var response = responses.GetValueOrDefault(item.ResponseKey);
            Assert.Equal(
                (response?.StartedAt, response?.ChannelId, response?.Locale, response?.Theme, response?.Category, response?.Score),
                (item.ResponseStartedAt, item.ResponseChannelId, item.ResponseLocale, item.ResponseTheme, item.ResponseCategory, item.ResponseScore));
            Assert.Equal(
                item.FirstContactAt is { } contact ? (double?)Math.Round((contact - item.OpenedAt).TotalSeconds, 3) : null,
                item.SecondsToFirstContact is { } seconds ? (double?)Math.Round(seconds, 3) : null);
        }
    }

    /// <summary>
    /// The case rollup (<c>case_step_counts</c>) equals a GROUP BY over the cases that have a response, written out here:
    /// per steps, response category, channel, locale, theme and score, assignee and rating agent, the cases, the rated ones
    /// and their ratings' sum; no cell left at zero.
    /// </summary>
    private static async Task AssertStepCountsMatchRowsAsync(TestDatabase database)
    {
        await using var context = await database.OpenContextAsync();
        var cases = await context.Cases.AsNoTracking().Where(c => c.ResponseStartedAt != null).ToListAsync(Ct);
        static bool Rated(CaseRecord c) => c.HelpRating is not null && c.HelpRatingAgentId is not null;
        var expected = cases
            .GroupBy(c => string.Join('|', c.CaseSteps, c.ResponseCategory?.ToString() ?? "", c.ResponseChannelId, c.ResponseLocale ?? "", c.ResponseTheme ?? "",
                c.ResponseScore ?? -1, c.Assignee ?? "", Rated(c) ? c.HelpRatingAgentId : ""))
            .Select(g => $"{g.Key}|{g.Count()}|{g.Count(Rated)}|{g.Where(Rated).Sum(c => c.HelpRating!.Value)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var cells = await context.CaseStepCounts.AsNoTracking().ToListAsync(Ct);
        var actual = cells
            .Select(c => string.Join('|', c.CaseSteps, c.Category, c.ChannelId, c.Locale, c.Theme, c.Score, c.Assignee, c.RatingAgent, c.Cases, c.Rated, c.RatingSum))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);

        // The comparison means something: many cells, rated ones, cases without an assignee or a locale.
        Assert.True(cells.Count > 20, $"{cells.Count} cells");
        Assert.Contains(cells, c => c.Rated > 0 && c.RatingSum > c.Rated);
        Assert.Contains(cells, c => c.Assignee == "" && c.Locale == "");
    }

    /// <summary>The case figures from the facts and from the join, under each filter field alone and in pairs.</summary>
    private static async Task AssertFiguresMatchAsync(TestDatabase database)
    {
        var contexts = database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        var clock = new FakeTimeProvider(Now);
        var facts = new InsightsQueries(contexts, clock);
        var joined = new InsightsQueries(contexts, clock) { ReadCaseFacts = false };
        var reader = new ResponseReader(contexts);
        var periods = new (DateTimeOffset? From, DateTimeOffset? To)[]
        {
            (null, null),
            (new DateTimeOffset(FirstDay.AddDays(10).AddHours(7.5)), new DateTimeOffset(FirstDay.AddDays(40).AddHours(13))),
            (new DateTimeOffset(FirstDay.AddDays(20)), null),
            (null, new DateTimeOffset(FirstDay.AddDays(33).AddMinutes(90))),
        };
        var fields = new Func<InsightsFilter, InsightsFilter>[]
        {
            f => f,
            f => f with { Channel = "sms" },
            f => f with { Locale = "de" },
            f => f with { Theme = "delivery" },
            f => f with { Band = NpsCategory.Detractor },
            f => f with { Band = NpsCategory.Passive },
            f => f with { Score = 3 },
            f => f with { Agent = "ana" },
            f => f with { Agent = "nobody" },
            f => f with { Stage = FunnelStage.Resolved },
            f => f with { Stage = FunnelStage.Recovered },
            f => f with { Stage = FunnelStage.ContactWithinSla },
        };
        // Each field alone under every period, and each field with a channel (a pair) under the first two: enough to see
        // every condition of the facts path, few enough to keep the test fast.
        var filters = periods.SelectMany(p => fields.Select(field => field(new InsightsFilter { From = p.From, To = p.To })))
            .Concat(periods.Take(2).SelectMany(p => fields.Skip(2).Select(field => field(new InsightsFilter { From = p.From, To = p.To, Channel = "sms" }))))
            .ToList();
        var reference = await ReferenceAsync(database);

        // Each query on a context of its own: the filters are checked on every core at once (DayCountsTests says why).
        await Parallel.ForEachAsync(
            filters,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = Ct },
            async (filter, _) =>
            {
                Assert.Equal(await joined.FunnelAsync(filter, Ct), await facts.FunnelAsync(filter, Ct));
                Assert.Equal(await joined.SlaAsync(filter, Ct), await facts.SlaAsync(filter, Ct));
                Assert.Equal(await joined.AgentsAsync(filter, Ct), await facts.AgentsAsync(filter, Ct));
                Assert.Equal(await joined.SummaryAsync(filter, Ct), await facts.SummaryAsync(filter, Ct));
                await AssertResponseFiguresMatchAsync(joined, facts, filter);
                Assert.Equal(JoinedCaseIds(reference, filter), (await reader.CasesAsync(filter, null, 500, Ct)).Items.Select(c => c.Id).ToList());
            });

        Assert.Equal((periods.Length * fields.Length) + (2 * (fields.Length - 2)), filters.Count);

        // The comparison means something: the seed gives every step and every agent figure.
        var all = await facts.FunnelAsync(InsightsFilter.All, Ct);
        Assert.True(all.CaseOpened > 0 && all.FirstContactWithinSla > 0 && all.Resolved > 0 && all.Resurveyed > 0 && all.Recovered > 0, all.ToString());
        var sla = await facts.SlaAsync(InsightsFilter.All, Ct);
        Assert.True(sla.FirstContactMet > 0 && sla.FirstContactMissed > 0 && sla.ResolutionMissed > 0 && sla.OpenPastSla > 0, sla.ToString());
        Assert.True((await facts.AgentsAsync(InsightsFilter.All, Ct)).Count(a => a.MedianTimeToFirstContact is not null) >= 3);
    }

    /// <summary>The response figures, which under an agent or a stage count the cases (their facts) instead of the rows.</summary>
    private static async Task AssertResponseFiguresMatchAsync(InsightsQueries joined, InsightsQueries facts, InsightsFilter filter)
    {
        Assert.Equal(await joined.NpsAsync(filter, Ct), await facts.NpsAsync(filter, Ct));
        Assert.Equal(await joined.TrendAsync(filter, TrendGranularity.Week, Ct), await facts.TrendAsync(filter, TrendGranularity.Week, Ct));
        Assert.Equal(await joined.TrendAsync(filter, TrendGranularity.Month, Ct), await facts.TrendAsync(filter, TrendGranularity.Month, Ct));
        Assert.Equal(await joined.DistributionAsync(filter, Ct), await facts.DistributionAsync(filter, Ct));
        foreach (var segment in new[] { Segment.Channel, Segment.Locale, Segment.Theme })
        {
            Assert.Equal(await joined.BandsAsync(filter, segment, Ct), await facts.BandsAsync(filter, segment, Ct));
        }

        Assert.Equal(await joined.ThemesOverTimeAsync(filter, TrendGranularity.Week, Ct), await facts.ThemesOverTimeAsync(filter, TrendGranularity.Week, Ct));
    }

    private static async Task<(List<SurveyResponseRecord> Responses, List<CaseRecord> Cases)> ReferenceAsync(TestDatabase database)
    {
        await using var context = await database.OpenContextAsync();
        return (await context.SurveyResponses.AsNoTracking().ToListAsync(Ct), await context.Cases.AsNoTracking().ToListAsync(Ct));
    }

    /// <summary>The cases page's reference: the filtered responses joined to their cases, newest case first, written out here.</summary>
    private static List<long> JoinedCaseIds((List<SurveyResponseRecord> Responses, List<CaseRecord> Cases) rows, InsightsFilter f)
    {
        var (responses, cases) = rows;
        bool Reached(CaseRecord c) => f.Stage switch
        {
            FunnelStage.Resolved => c.Status == CaseStatus.Resolved,
            FunnelStage.Recovered => c.FollowUpScore >= 7,
            FunnelStage.ContactWithinSla => c.FirstContactAt <= c.FirstContactDue,
            _ => true,
        };
        var selected = responses.Where(r =>
            (f.From is null || r.StartedAt >= f.From.Value.UtcDateTime) && (f.To is null || r.StartedAt < f.To.Value.UtcDateTime)
            && (f.Channel is null || r.ChannelId == f.Channel) && (f.Locale is null || r.Locale == f.Locale) && (f.Theme is null || r.Theme == f.Theme)
            && (f.Band is null || r.Category == f.Band) && (f.Score is null || r.Score == f.Score)
            && (f.Agent is null || cases.Any(c => c.ResponseKey == r.ResponseKey && c.Assignee == f.Agent))
            && (f.Stage is null || cases.Any(c => c.ResponseKey == r.ResponseKey && Reached(c))))
            .Select(r => r.ResponseKey).ToHashSet(StringComparer.Ordinal);
        return [.. cases.Where(c => selected.Contains(c.ResponseKey)).Select(c => c.Id).OrderDescending().Take(500)];
    }

    private static string ResponseKeyOf(long id) => $"r{id}";

    /// <summary>
    /// Responses over two months at random times (ids and keys in step: r1, r2, ...), a case for most detractors and a few
    /// passives, in every state; one case whose response does not exist (a response has at most one case: its case key).
    /// </summary>
    private static async Task SeedAsync(TestDatabase database, Random random, int count)
    {
        await using var context = await database.OpenContextAsync();
        for (var i = 1; i <= count; i++)
        {
            var score = random.Next(0, 11);
            var startedAt = FirstDay.AddMinutes(random.Next(0, 60 * 24 * 60));
            var key = $"r{i}";
            var response = Response(key, Channels[random.Next(Channels.Length)], Locales[random.Next(Locales.Length)], score, Themes[random.Next(Themes.Length)], startedAt);
            // Some surveys not completed, so that the summary's "completed" under an agent shows the case's copy of the outcome.
            response.Outcome = i % 5 == 0 ? "abandoned" : "completed";
            context.SurveyResponses.Add(response);
            if (score <= 6 && random.Next(10) < 8 || score is 7 or 8 && random.Next(10) == 0)
            {
                var status = Statuses[random.Next(Statuses.Length)];
                var contact = random.Next(4) == 0 ? (int?)null : random.Next(5, 200);
                var closed = status is CaseStatus.Resolved or CaseStatus.ClosedUnresolved;
                int? followUp = closed && random.Next(2) == 0 ? random.Next(0, 11) : null;
                context.Cases.Add(Case(key, startedAt.AddMinutes(random.Next(1, 30)), Agents[random.Next(Agents.Length)], contact, status, followUp, contact is null ? null : random.Next(1, 6)));
            }

            // Saved in order, so that ids follow the keys.
            await context.SaveChangesAsync(Ct);
        }

        context.Cases.Add(Case("orphan", FirstDay.AddDays(12), "ana", 15, CaseStatus.Resolved, 9, 5));
        await context.SaveChangesAsync(Ct);
    }

    private static SurveyResponseRecord Response(string key, string channel, string? locale, int score, string? theme, DateTime startedAt) => new()
    {
        ResponseKey = key,
        ConversationKey = $"conv-{key}",
        ChannelId = channel,
        Locale = locale,
        Score = score,
        Category = new NpsScore(score).Category,
        Theme = theme,
        Outcome = "completed",
        StartedAt = startedAt,
        UpdatedAt = startedAt,
        CaseKey = score <= 6 ? $"case-{key}" : null,
    };

    private static CaseRecord Case(string responseKey, DateTime openedAt, string? agent, int? contactMinutes, string status, int? followUp, int? rating) => new()
    {
        CaseKey = $"case-{responseKey}-{openedAt.Ticks}",
        ResponseKey = responseKey,
        ConversationKey = $"conv-{responseKey}",
        ChannelId = "x",
        Status = status,
        Assignee = agent,
        OpenedAt = openedAt,
        FirstContactDue = openedAt.AddHours(1),
        ResolutionDue = openedAt.AddDays(2),
        FirstContactAt = contactMinutes is { } minutes ? openedAt.AddMinutes(minutes) : null,
        ResolvedAt = status is CaseStatus.Resolved or CaseStatus.ClosedUnresolved ? openedAt.AddDays(1).AddHours(contactMinutes ?? 0) : null,
        HelpRating = rating,
        HelpRatingAgentId = rating is null ? null : agent ?? "ana",
        FollowUpScore = followUp,
        FollowUpAt = followUp is null ? null : openedAt.AddDays(8),
        UpdatedAt = openedAt,
    };
}
