using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Tests.Inbox;

/// <summary>Queue entries for the component tests, relative to one fixed instant.</summary>
internal static class Entries
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static QueueEntry Case(
        string key,
        int priority = 1,
        TimeSpan? firstContactIn = null,
        string? assigneeId = null,
        string? customer = null,
        int? score = 3,
        string? theme = "delivery",
        IReadOnlyList<string>? escalation = null,
        bool waiting = true) => new(
        key,
        "conv-" + key,
        "webchat",
        customer ?? "Customer " + key,
        "en-US",
        score,
        theme,
        escalation ?? [],
        assigneeId is null ? "open" : "in_progress",
        priority,
        assigneeId,
        assigneeId is null ? null : "Agent " + assigneeId,
        waiting,
        Now.AddMinutes(-10),
        Now + (firstContactIn ?? TimeSpan.FromMinutes(50)),
        Now.AddHours(48),
        null,
        Overdue: false);

    public static CaseDetail Detail(QueueEntry entry, string suggestion = "I'm sorry about the delay; I can send a replacement today.") => new(
        entry,
        Reason: "parcel late",
        FollowUp: null,
        ConfirmedTheme: "delivery",
        ModelTheme: "delivery",
        HandoffReason: "asked for a person",
        RemediesOffered: ["replacement"],
        Remedy: null,
        AgentMode: true,
        Transcript:
        [
            new TranscriptLine(Now.AddMinutes(-9), "bot", null, "How likely are you to recommend us?", false),
            new TranscriptLine(Now.AddMinutes(-8), "customer", null, "2", false),
            new TranscriptLine(Now.AddMinutes(-7), "note", "Ana", "Checked the carrier.", false),
        ],
        Events: [new CaseEventView(Now.AddMinutes(-10), "opened", null, null)],
        EarlierSurveys: [],
        Remedies: [new RemedyChoice("replacement", "Send a replacement", true), new RemedyChoice("refund", "Full refund", false)],
        Summary: "Parcel two weeks late; asked for a person.",
        SuggestedReply: suggestion);
}
