using System.Globalization;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Surveys.Recovery;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Cli.SeedDemo;

/// <summary>
/// Decides each demo conversation from a seeded <see cref="Random"/>: channel, locale, score (a realistic NPS mix that
/// improves slowly over the period, six months unless <c>--days</c>), theme with its model guess and the customer's confirmation, and for most
/// detractors a case in one of every state a case goes through (by its age: recent cases are still open).
/// </summary>
internal sealed class DemoConversationPlanner(string run, DateTime now, IReadOnlyList<DemoAgent> agents, int seed, int days = DemoConversationPlanner.DefaultDays)
{
    /// <summary>Six months back unless <c>--days</c> says otherwise (two years for the 1M-row dashboard measurement).</summary>
    public const int DefaultDays = 182;
    public static readonly TimeSpan FirstContactSla = TimeSpan.FromHours(4);
    public static readonly TimeSpan ResolutionSla = TimeSpan.FromHours(48);
    public static readonly TimeSpan FollowUpDelay = TimeSpan.FromDays(7);

    private static readonly (string Channel, string KeySpace, int Weight)[] Channels = [("directline", KeySpaces.DirectLine, 50), ("msteams", KeySpaces.BotFramework, 30), ("sms", "sms", 20)];
    private static readonly (string Locale, int Weight)[] Locales = [("en", 40), ("de", 15), ("fr", 15), ("es", 12), ("nl", 10), ("pt", 8)];
    private static readonly (string Theme, int Weight)[] DetractorThemes = [("delivery", 30), ("product", 20), ("service", 20), ("price", 10), ("billing", 8), ("website", 8), ("other", 4)];
    private static readonly (string Theme, int Weight)[] PraiseThemes = [("delivery", 35), ("product", 30), ("service", 20), ("price", 10), ("website", 5)];

    // Scores 0..10: about 28% detractors, 25% passives, 47% promoters (NPS near +19) before the drift below.
    private static readonly int[] ScoreWeights = [3, 2, 2, 3, 4, 6, 8, 10, 15, 22, 25];

    private static readonly Dictionary<string, string[]> Remedies = new(StringComparer.Ordinal)
    {
        ["delivery"] = ["reship", "refund-route", "callback"],
        ["product"] = ["reship", "extended-warranty", "refund-route", "callback"],
        ["service"] = ["callback", "discount-code"],
        ["price"] = ["discount-code", "callback"],
        ["billing"] = ["refund-route", "callback"],
        ["website"] = ["discount-code", "callback"],
        ["other"] = ["callback"],
    };

    private readonly Random random = new(seed);

    public DemoConversation Plan(long index, int total)
    {
        var (channel, keySpace) = Pick(Channels);
        var locale = Pick(Locales);
        var age = TimeSpan.FromDays(random.NextDouble() * days);
        var started = now - age;

        // Later months score a little better: the recovery work shows.
        var score = PickIndex(ScoreWeights);
        if (score <= 6 && random.NextDouble() < 0.15 * (1 - (age.TotalDays / days)))
        {
            score = 7 + random.Next(4);
        }

        var category = new NpsScore(score).Category;
        var theme = category == NpsCategory.Detractor ? Pick(DetractorThemes) : Pick(PraiseThemes);
        var guessRight = random.NextDouble() < 0.86;
        var guess = guessRight ? theme : Pick(DetractorThemes);
        var confirmed = category == NpsCategory.Detractor && random.NextDouble() < 0.6 ? theme : null;
        var reason = category == NpsCategory.Detractor
            ? PickFrom(DemoComplaints.ByLocale[locale][theme])
            : PickFrom(DemoComplaints.Praise[locale]);
        var outcome = Outcome(age);
        var completed = outcome == SurveyOutcomes.Completed ? started.AddSeconds(40 + random.Next(400)) : (DateTime?)null;
        var (question, answers) = DemoComplaints.FollowUps[locale];
        var followUp = category == NpsCategory.Detractor && outcome == SurveyOutcomes.Completed && random.NextDouble() < 0.7;
        var wantsContact = category == NpsCategory.Detractor ? random.NextDouble() < 0.6 : (bool?)null;
        var offered = category == NpsCategory.Detractor ? Remedies[theme] : null;
        var remedy = offered is not null && random.NextDouble() < 0.55 ? PickFrom(offered) : null;
        var conversationId = string.Create(CultureInfo.InvariantCulture, $"demo-{run}-{index:x}");
        var customerNumber = random.NextInt64(Math.Max(1, total * 3L / 4));
        var responseKey = string.Create(CultureInfo.InvariantCulture, $"demo-{run}-r{index:x}");
        return new DemoConversation
        {
            ConversationKey = ConversationKeys.For(keySpace, channel, conversationId),
            ResponseKey = responseKey,
            ChannelId = channel,
            CustomerId = channel == "sms"
                ? string.Create(CultureInfo.InvariantCulture, $"+1555{customerNumber % 10_000_000:D7}")
                : string.Create(CultureInfo.InvariantCulture, $"demo-{run}-u{customerNumber:x}"),
            Locale = locale,
            Score = score,
            Category = category,
            Reason = reason,
            FollowUpQuestion = followUp ? question : null,
            FollowUpAnswer = followUp ? PickFrom(answers) : null,
            WantsContact = wantsContact,
            ThemeGuess = guess,
            ThemeConfidence = Math.Round(guessRight ? 0.55 + (random.NextDouble() * 0.43) : 0.3 + (random.NextDouble() * 0.3), 2),
            ConfirmedTheme = confirmed,
            Sentiment = Math.Round(category switch { NpsCategory.Detractor => -0.9 + (random.NextDouble() * 0.6), NpsCategory.Passive => -0.2 + (random.NextDouble() * 0.5), _ => 0.4 + (random.NextDouble() * 0.6) }, 2),
            RemediesOffered = offered is null ? null : string.Join(',', offered),
            Remedy = remedy,
            Outcome = outcome,
            StartedAt = started,
            CompletedAt = completed,
            Case = category == NpsCategory.Detractor && outcome != SurveyOutcomes.Stopped && random.NextDouble() < 0.92
                ? PlanCase(responseKey, started.AddSeconds(30 + random.Next(120)), wantsContact == true, index)
                : null,
        };
    }

    private DemoCase PlanCase(string responseKey, DateTime opened, bool wantsContact, long index)
    {
        var caseKey = string.Create(CultureInfo.InvariantCulture, $"demo-{run}-c{index:x}");
        var contactDue = opened + FirstContactSla;
        var resolutionDue = opened + ResolutionSla;
        var ageHours = (now - opened).TotalHours;
        var handoff = wantsContact ? HandoffReasons.Asked : random.NextDouble() < 0.1 ? HandoffReasons.Escalation : null;
        var roll = random.NextDouble();

        // Recent cases are mostly still being worked; older ones mostly closed.
        var state = ageHours < 48
            ? roll switch { < 0.3 => "open", < 0.55 => "in progress", < 0.75 => "handed off waiting", < 0.95 => "resolved within SLA", _ => "closed unresolved" }
            : roll switch { < 0.03 => "open", < 0.07 => "in progress", < 0.1 => "handed off waiting", < 0.7 => "resolved within SLA", < 0.88 => "resolved past SLA", _ => "closed unresolved" };
        if (state == "handed off waiting")
        {
            handoff ??= HandoffReasons.Asked;
        }

        var agent = state is "open" or "handed off waiting" ? null : agents[random.Next(agents.Count)];
        var byBotAlone = state == "resolved within SLA" && handoff is null && random.NextDouble() < 0.25;
        if (byBotAlone)
        {
            agent = null;
        }

        var contactLate = state == "resolved past SLA" ? random.NextDouble() < 0.5 : random.NextDouble() < 0.08;
        DateTime? contactAt = agent is null ? null
            : opened + TimeSpan.FromMinutes(contactLate ? 250 + random.Next(600) : 5 + random.Next(230));
        if (contactAt > now)
        {
            contactAt = null;
        }

        DateTime? resolvedAt = state switch
        {
            "resolved within SLA" => (contactAt ?? opened) + TimeSpan.FromHours(random.NextDouble() * Math.Max(0.1, (resolutionDue - (contactAt ?? opened)).TotalHours)),
            "resolved past SLA" => resolutionDue + TimeSpan.FromHours(1 + (random.NextDouble() * 96)),
            "closed unresolved" => opened + TimeSpan.FromHours(2 + (random.NextDouble() * 70)),
            _ => null,
        };
        if (resolvedAt > now)
        {
            resolvedAt = now.AddMinutes(-1);
        }

        var status = state switch
        {
            "open" => CaseStatus.Open,
            "in progress" => CaseStatus.InProgress,
            "handed off waiting" => CaseStatus.Open,
            "closed unresolved" => CaseStatus.ClosedUnresolved,
            _ => CaseStatus.Resolved,
        };

        // Resolved cases get the follow-up survey a week later; about two thirds answer it.
        DateTime? followUpDue = status == CaseStatus.Resolved && resolvedAt is { } done ? done + FollowUpDelay : null;
        var followedUp = followUpDue < now && random.NextDouble() < 0.65;
        int? followUpScore = followedUp ? (random.NextDouble() < (agent is null ? 0.45 : 0.6) ? 7 + random.Next(4) : random.Next(7)) : null;
        var rated = agent is not null && status == CaseStatus.Resolved && random.NextDouble() < 0.7;
        return new DemoCase
        {
            CaseKey = caseKey,
            Status = status,
            State = state,
            Priority = handoff is null ? 2 : 1,
            HandoffReason = handoff,
            Assignee = agent,
            OpenedAt = opened,
            FirstContactDue = contactDue,
            ResolutionDue = resolutionDue,
            FirstContactAt = contactAt,
            ResolvedAt = resolvedAt,
            RootCause = status == CaseStatus.ClosedUnresolved ? "customer-unreachable" : status == CaseStatus.Resolved ? "remedy-accepted" : null,
            ActionTaken = status == CaseStatus.Resolved ? PickFrom(DemoComplaints.AgentNotes) : null,
            Overdue = resolvedAt is null ? (contactAt is null && contactDue < now) || resolutionDue < now : resolvedAt > resolutionDue,
            HelpRating = rated ? (random.NextDouble() < 0.75 ? 4 + random.Next(2) : 1 + random.Next(3)) : null,
            FollowUpDueAt = followUpDue,
            FollowUpResponseKey = followedUp ? responseKey + "-f" : null,
            FollowUpScore = followUpScore,
            FollowUpAt = followedUp ? followUpDue!.Value.AddHours(random.Next(48)) : null,
        };
    }

    private string Outcome(TimeSpan age)
    {
        if (age < TimeSpan.FromHours(1) && random.NextDouble() < 0.5)
        {
            return SurveyOutcomes.InProgress;
        }

        return random.NextDouble() switch { < 0.86 => SurveyOutcomes.Completed, < 0.97 => SurveyOutcomes.Abandoned, _ => SurveyOutcomes.Stopped };
    }

    private T Pick<T>((T Value, int Weight)[] choices)
    {
        var total = 0;
        foreach (var choice in choices)
        {
            total += choice.Weight;
        }

        var roll = random.Next(total);
        foreach (var choice in choices)
        {
            roll -= choice.Weight;
            if (roll < 0)
            {
                return choice.Value;
            }
        }

        return choices[^1].Value;
    }

    private (string, string) Pick((string Channel, string KeySpace, int Weight)[] choices) =>
        Pick(Array.ConvertAll(choices, c => ((c.Channel, c.KeySpace), c.Weight)));

    private int PickIndex(int[] weights) => Pick(weights.Select((weight, score) => (score, weight)).ToArray());

    private string PickFrom(string[] values) => values[random.Next(values.Length)];
}
