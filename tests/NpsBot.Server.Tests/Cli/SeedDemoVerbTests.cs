using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Access;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Server.Cli.SeedDemo;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.Tests.Cli;

public sealed class SeedDemoVerbTests
{
    private const int Count = 2000;

    [Fact]
    public async Task Seeds_every_channel_locale_theme_and_case_state_and_the_dashboard_shows_them()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new ServerFactory();
        var verb = ActivatorUtilities.CreateInstance<SeedDemoVerb>(server.Services);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await verb.RunAsync(["seed-demo", Count.ToString(CultureInfo.InvariantCulture), "--seed", "7"], output, error, ct);

        Assert.True(exit == 0, error.ToString());
        var printed = output.ToString();
        var contexts = server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        await using var context = await contexts.CreateDbContextAsync(ct);
        var firstResponses = context.SurveyResponses.Where(r => r.FollowUpOfCaseKey == null);
        Assert.Equal(Count, await firstResponses.CountAsync(ct));
        Assert.Equal(Count, await context.Conversations.CountAsync(ct));

        // What the verb printed is what it wrote: per channel and locale.
        var channels = await firstResponses.GroupBy(r => r.ChannelId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Assert.Equal(["directline", "msteams", "sms"], channels.Select(c => c.Key).Order());
        foreach (var channel in channels)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{channel.Key} {channel.Count:N0}"), printed, StringComparison.Ordinal);
        }

        var locales = await firstResponses.GroupBy(r => r.Locale!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Assert.Equal(["de", "en", "es", "fr", "nl", "pt"], locales.Select(l => l.Key).Order());
        foreach (var locale in locales)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{locale.Key} {locale.Count:N0}"), printed, StringComparison.Ordinal);
        }

        Assert.Equal(["billing", "delivery", "other", "price", "product", "service", "website"],
            await context.SurveyResponses.Where(r => r.Theme != null).Select(r => r.Theme!).Distinct().OrderBy(t => t).ToListAsync(ct));

        // Every case state, each one counted as the summary names it.
        var cases = context.Cases.AsNoTracking();
        var states = new Dictionary<string, int>
        {
            ["open"] = await cases.CountAsync(c => c.Status == CaseStatus.Open && c.HandoffReason == null, ct)
                + await cases.CountAsync(c => c.Status == CaseStatus.Open && c.HandoffReason != null && c.Assignee == null && c.FirstContactAt == null, ct),
            ["in progress"] = await cases.CountAsync(c => c.Status == CaseStatus.InProgress, ct),
            ["resolved within SLA"] = await cases.CountAsync(c => c.Status == CaseStatus.Resolved && c.ResolvedAt <= c.ResolutionDue, ct),
            ["resolved past SLA"] = await cases.CountAsync(c => c.Status == CaseStatus.Resolved && c.ResolvedAt > c.ResolutionDue, ct),
            ["closed unresolved"] = await cases.CountAsync(c => c.Status == CaseStatus.ClosedUnresolved, ct),
            ["re-surveyed, recovered"] = await cases.CountAsync(c => c.FollowUpScore >= 7, ct),
            ["re-surveyed, not recovered"] = await cases.CountAsync(c => c.FollowUpScore < 7, ct),
        };
        Assert.All(states, state => Assert.True(state.Value > 0, state.Key));
        foreach (var state in states.Where(s => s.Key != "open"))
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{state.Key} {state.Value:N0}"), printed, StringComparison.Ordinal);
        }

        Assert.True(await cases.CountAsync(c => c.Status == CaseStatus.Open && c.HandoffReason != null && c.FirstContactAt == null, ct) > 0, "handed off, waiting");
        Assert.True(await cases.CountAsync(c => c.Remedy != null, ct) > 0, "remedies");
        Assert.True(await cases.CountAsync(c => c.HelpRating != null && c.HelpRatingAgentId == c.Assignee, ct) > 0, "help ratings credited");
        Assert.Equal(await cases.CountAsync(c => c.FollowUpScore != null, ct), await context.SurveyResponses.CountAsync(r => r.FollowUpOfCaseKey != null, ct));
        Assert.True(await context.TranscriptEntries.CountAsync(ct) >= Count * 4);
        Assert.True(await context.CaseEvents.CountAsync(ct) >= await cases.CountAsync(ct));
        var oldest = await context.SurveyResponses.MinAsync(r => r.StartedAt, ct);
        Assert.InRange((DateTime.UtcNow - oldest).TotalDays, 150, 183); // six months back

        // The demo console users: five agents and a manager, the password printed once and usable.
        var users = await server.Services.GetRequiredService<IConsoleUsers>().ListAsync(ct);
        Assert.Equal(5, users.Count(u => u.Role == ConsoleRoles.Agent && u.Email.EndsWith("@demo.example.com", StringComparison.Ordinal)));
        Assert.Single(users, u => u.Role == ConsoleRoles.Manager && u.Email.EndsWith("@demo.example.com", StringComparison.Ordinal));
        Assert.Single(users, u => u.Role == ConsoleRoles.Admin && u.Email == "admin@demo.example.com");
        Assert.Matches("password for all of them .*: [A-Z][a-z][0-9][a-z]-", printed);

        // The dashboard's queries find figures in it.
        var insights = server.Services.GetRequiredService<IInsightsQueries>();
        var summary = await insights.SummaryAsync(InsightsFilter.All, ct);
        Assert.True(summary.Nps.Count > Count / 2 && summary.OpenCases > 0, printed);
        Assert.True((await insights.TrendAsync(InsightsFilter.All, TrendGranularity.Month, ct)).Count >= 6);
        // Seven themes, and the follow-up responses (no theme) as the "none" segment.
        Assert.Equal(7, (await insights.BandsAsync(InsightsFilter.All, Segment.Theme, ct)).Count(b => b.Key != SegmentFigure.None));
        var funnel = await insights.FunnelAsync(InsightsFilter.All, ct);
        Assert.True(funnel is { Detractors: > 0, CaseOpened: > 0, FirstContactWithinSla: > 0, Resolved: > 0, Resurveyed: > 0, Recovered: > 0, RecoveredWithPerson: > 0, RecoveredWithoutPerson: > 0 }, funnel.ToString());
        var agents = await insights.AgentsAsync(InsightsFilter.All, ct);
        Assert.Equal(5, agents.Count);
        Assert.All(agents, agent => Assert.True(agent.AverageRating is > 1 and < 5 && agent.MedianTimeToFirstContact is not null, agent.ToString()));
        Assert.True((await insights.SlaAsync(InsightsFilter.All, ct)).ResolutionMissed > 0);
        var page = await server.Services.GetRequiredService<IResponseReader>().ResponsesAsync(InsightsFilter.All, null, 50, ct);
        Assert.Equal(50, page.Items.Count);
    }

    [Fact]
    public async Task Refuses_a_database_with_real_responses_unless_forced()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new ServerFactory();
        var contexts = server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync(ct))
        {
            context.SurveyResponses.Add(new SurveyResponseRecord
            {
                ResponseKey = "real-1", ConversationKey = "dl|10:directline|real", ChannelId = "directline", Outcome = "completed",
                Score = 9, Category = Surveys.Scoring.NpsCategory.Promoter, StartedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            await context.SaveChangesAsync(ct);
        }

        var verb = ActivatorUtilities.CreateInstance<SeedDemoVerb>(server.Services);
        var refused = new StringWriter();
        var refusedExit = await verb.RunAsync(["seed-demo", "10"], TextWriter.Null, refused, ct);
        var forcedExit = await verb.RunAsync(["seed-demo", "10", "--force"], TextWriter.Null, TextWriter.Null, ct);
        var badExit = await verb.RunAsync(["seed-demo", "ten"], TextWriter.Null, TextWriter.Null, ct);

        Assert.Equal(1, refusedExit);
        Assert.Contains("--force", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, forcedExit);
        Assert.Equal(2, badExit);
        await using var check = await contexts.CreateDbContextAsync(ct);
        Assert.Equal(11, await check.SurveyResponses.CountAsync(r => r.FollowUpOfCaseKey == null, ct));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3651")]
    [InlineData("a year")]
    public async Task A_bad_number_of_days_is_refused_with_the_usage_and_nothing_is_written(string days)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new ServerFactory();
        var verb = ActivatorUtilities.CreateInstance<SeedDemoVerb>(server.Services);
        var error = new StringWriter();

        var exit = await verb.RunAsync(["seed-demo", "10", "--days", days], TextWriter.Null, error, ct);

        Assert.Equal(2, exit);
        Assert.Contains("--days <1 to 3650>", error.ToString(), StringComparison.Ordinal);
        await using var check = await server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(ct);
        Assert.Equal(0, await check.SurveyResponses.CountAsync(ct));
    }
}
