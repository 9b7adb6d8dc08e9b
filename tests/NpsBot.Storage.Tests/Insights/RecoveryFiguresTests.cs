using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The funnel's re-survey steps, help ratings credited to agents and the re-survey score on a response row, on six
/// detractor cases and one promoter whose figures are worked out by hand (first-contact SLA 1 h):
/// A sms, ana, contact 30 min, resolved, follow-up 9, rated 5 for ana;
/// B sms, nobody (the bot's remedy), resolved, follow-up 8;
/// C webchat, bo, contact 2 h (late), resolved, follow-up 4, rated 2 for bo;
/// D webchat, nobody, closed unresolved;
/// E webchat, ana, contact 10 min, resolved, not re-surveyed yet, rated 4 for ana;
/// F webchat, bo, contact 20 min, resolved, rated 3 for ana (she helped before the transfer);
/// P webchat promoter, no case.
/// </summary>
public sealed class RecoveryFiguresTests
{
    private static readonly DateTime Opened = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Funnel_counts_re_surveyed_and_recovered_with_and_without_a_person()
    {
        var (database, queries, _) = await SeededAsync();
        await using var _database = database;

        var all = await queries.FunnelAsync(InsightsFilter.All, Ct);
        var sms = await queries.FunnelAsync(new InsightsFilter { Channel = "sms" }, Ct);

        // 6 detractors, 6 cases; within SLA: A, E, F; resolved: A B C E F; re-surveyed: A B C; recovered (≥ 7): A B;
        // with a person: A (contacted), without: B. Resolved with a person: A C E F.
        Assert.Equal(new RecoveryFunnel(6, 6, 3, 5, 3, 2, 1, 1) { ResolvedWithPerson = 4 }, all);

        // sms: A and B only.
        Assert.Equal(new RecoveryFunnel(2, 2, 1, 2, 2, 2, 1, 1) { ResolvedWithPerson = 1 }, sms);
    }

    [Fact]
    public async Task Agents_get_the_average_help_rating_credited_to_them()
    {
        var (database, queries, _) = await SeededAsync();
        await using var _database = database;

        var agents = await queries.AgentsAsync(InsightsFilter.All, Ct);

        // ana: A (30 min) and E (10 min): median 20 min; ratings credited to ana: A 5, E 4, F 3 → 4.0.
        // bo: C (120 min) and F (20 min): median 70 min; ratings credited to bo: C 2 → 2.0.
        Assert.Equal(
            [
                new AgentFigure("ana", 2, 2, TimeSpan.FromMinutes(20)) { AverageRating = 4.0 },
                new AgentFigure("bo", 2, 2, TimeSpan.FromMinutes(70)) { AverageRating = 2.0 },
            ],
            agents);
    }

    [Fact]
    public async Task A_response_row_carries_its_case_follow_up_score()
    {
        var (database, _, reader) = await SeededAsync();
        await using var _database = database;

        var page = await reader.ResponsesAsync(InsightsFilter.All, null, 50, Ct);
        var exported = new List<ResponseRow>();
        await foreach (var row in reader.StreamAsync(InsightsFilter.All, Ct))
        {
            exported.Add(row);
        }

        var expected = new Dictionary<string, int?> { ["A"] = 9, ["B"] = 8, ["C"] = 4, ["D"] = null, ["E"] = null, ["F"] = null, ["P"] = null };
        Assert.Equal(expected, page.Items.ToDictionary(r => r.ResponseKey!, r => r.ResurveyScore));
        Assert.Equal(expected, exported.ToDictionary(r => r.ResponseKey!, r => r.ResurveyScore));
    }

    private static async Task<(TestDatabase Database, InsightsQueries Queries, ResponseReader Reader)> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await using (var context = await database.OpenContextAsync())
        {
            context.SurveyResponses.AddRange(
                Response("A", "sms", 2), Response("B", "sms", 5), Response("C", "webchat", 0), Response("D", "webchat", 6),
                Response("E", "webchat", 4), Response("F", "webchat", 3), Response("P", "webchat", 10));
            context.Cases.AddRange(
                Case("A", "ana", 30, CaseStatus.Resolved, followUp: 9, rating: (5, "ana")),
                Case("B", null, null, CaseStatus.Resolved, followUp: 8, rating: null),
                Case("C", "bo", 120, CaseStatus.Resolved, followUp: 4, rating: (2, "bo")),
                Case("D", null, null, CaseStatus.ClosedUnresolved, followUp: null, rating: null),
                Case("E", "ana", 10, CaseStatus.Resolved, followUp: null, rating: (4, "ana")),
                Case("F", "bo", 20, CaseStatus.Resolved, followUp: null, rating: (3, "ana")));
            await context.SaveChangesAsync(Ct);
        }

        var contexts = database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        return (database, new InsightsQueries(contexts, new FakeTimeProvider(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero))), new ResponseReader(contexts));
    }

    private static SurveyResponseRecord Response(string key, string channel, int score) => new()
    {
        ResponseKey = key,
        ConversationKey = $"conv-{key}",
        ChannelId = channel,
        Locale = "en",
        Score = score,
        Category = new NpsScore(score).Category,
        Theme = "delivery",
        Outcome = "completed",
        StartedAt = Opened,
        UpdatedAt = Opened,
        CaseKey = score <= 6 ? $"case-{key}" : null,
    };

    private static CaseRecord Case(string key, string? agent, int? contactMinutes, string status, int? followUp, (int Rating, string Agent)? rating) => new()
    {
        CaseKey = $"case-{key}",
        ResponseKey = key,
        ConversationKey = $"conv-{key}",
        ChannelId = "x",
        Status = status,
        Assignee = agent,
        OpenedAt = Opened,
        FirstContactDue = Opened.AddHours(1),
        ResolutionDue = Opened.AddDays(2),
        FirstContactAt = contactMinutes is { } minutes ? Opened.AddMinutes(minutes) : null,
        ResolvedAt = Opened.AddDays(1),
        HelpRating = rating?.Rating,
        HelpRatingAgentId = rating?.Agent,
        FollowUpScore = followUp,
        FollowUpAt = followUp is null ? null : Opened.AddDays(8),
        UpdatedAt = Opened,
    };
}
