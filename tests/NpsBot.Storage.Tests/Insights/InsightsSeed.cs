using NpsBot.Recovery.Cases;
using NpsBot.Storage.Entities;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// Seven responses and three cases whose figures the tests work out by hand:
/// week of 30 Nov 2026: r1 webchat/en 10 delivery (30 Nov, November), r2 webchat/en 9 product, r3 webchat/fr 8 delivery;
/// week of 7 Dec: r4 sms/en 3 delivery (case A: ana, contact after 30 min, resolved in time), r5 sms/fr 0 price
/// (case B: ana, contact after 2 h, late, open), r6 webchat/en 6 delivery (case C: nobody, no contact, open),
/// r7 webchat/de 7 no theme. SLA: first contact 1 h, resolution 2 days after opening.
/// </summary>
public static class InsightsSeed
{
    public static readonly DateTime Week1 = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Week2 = new(2026, 12, 8, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Long after every deadline of the seed.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 20, 12, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(TestDatabase database)
    {
        await using var context = await database.OpenContextAsync();
        context.SurveyResponses.AddRange(
            Response("r1", "webchat", "en", 10, "delivery", new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc), confirmed: true),
            Response("r2", "webchat", "en", 9, "product", Week1),
            Response("r3", "webchat", "fr", 8, "delivery", Week1.AddHours(1)),
            Response("r4", "sms", "en", 3, "delivery", Week2, confirmed: true),
            Response("r5", "sms", "fr", 0, "price", Week2.AddHours(1)),
            Response("r6", "webchat", "en", 6, "delivery", Week2.AddHours(2)),
            Response("r7", "webchat", "de", 7, null, Week2.AddHours(3)));
        context.Cases.AddRange(
            Case("r4", Week2, "ana", Week2.AddMinutes(30), CaseStatus.Resolved, Week2.AddDays(1)),
            Case("r5", Week2.AddHours(1), "ana", Week2.AddHours(3), CaseStatus.InProgress, null),
            Case("r6", Week2.AddHours(2), null, null, CaseStatus.Open, null));
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A response as the seed writes it (a case key when the score is 6 or less); other seeds build theirs with it too.</summary>
    public static SurveyResponseRecord Response(string key, string channel, string locale, int score, string? theme, DateTime startedAt, bool confirmed = false) => new()
    {
        ResponseKey = key,
        ConversationKey = $"conv-{key}",
        ChannelId = channel,
        CustomerId = $"customer-{key}",
        CustomerName = "Ann",
        Locale = locale,
        Score = score,
        Category = new NpsScore(score).Category,
        Reason = score <= 6 ? $"reason of {key}, card [card]" : null,
        Theme = theme,
        ThemeGuess = theme,
        ConfirmedTheme = confirmed ? theme : null,
        Outcome = "completed",
        StartedAt = startedAt,
        UpdatedAt = startedAt.AddMinutes(2),
        CompletedAt = startedAt.AddMinutes(2),
        CaseKey = score <= 6 ? $"case-{key}" : null,
    };

    /// <summary>The case of a response, opened at <paramref name="openedAt"/> with the seed's SLA (1 h, 2 days).</summary>
    public static CaseRecord Case(string responseKey, DateTime openedAt, string? agent, DateTime? contact, string status, DateTime? resolved) => new()
    {
        CaseKey = $"case-{responseKey}",
        ResponseKey = responseKey,
        ConversationKey = $"conv-{responseKey}",
        ChannelId = "x",
        Status = status,
        Priority = 1,
        Assignee = agent,
        OpenedAt = openedAt,
        FirstContactDue = openedAt.AddHours(1),
        ResolutionDue = openedAt.AddDays(2),
        FirstContactAt = contact,
        ResolvedAt = resolved,
        Remedy = "refund",
        UpdatedAt = openedAt,
    };
}
