using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Webhooks;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Tests.Webhooks;

/// <summary>
/// Which of a turn's records are webhook events: a response that ended with a score is recorded (completed, abandoned
/// or stopped), one still in progress or without a score is not; a completed re-survey of a case
/// scoring 7 or more is also a recovery (6 or less, or still in progress, is not); a handoff names its case, reason and
/// first-contact deadline; every event once.
/// </summary>
public sealed class WebhookEventsOfTurnTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(8, "completed", true)]
    [InlineData(10, "completed", true)]
    [InlineData(7, "completed", true)]
    [InlineData(6, "completed", false)]
    [InlineData(9, "in-progress", false)]
    public void A_re_survey_scoring_7_or_more_is_a_recovery_of_its_case(int score, string outcome, bool recovered)
    {
        var followUp = Response("r-2", score, outcome) with { FollowUpOfCaseKey = "case-r-1" };

        var events = WebhookEventsBot.EventsOf([followUp], Now);

        var expected = outcome == SurveyOutcomes.Completed
            ? recovered ? [WebhookEvents.ResponseRecorded, WebhookEvents.ResponseRecovered] : new[] { WebhookEvents.ResponseRecorded }
            : [];
        Assert.Equal(expected, events.Select(e => e.Type).Order(StringComparer.Ordinal));
        if (recovered)
        {
            var data = events.Single(e => e.Type == WebhookEvents.ResponseRecovered).Data;
            Assert.Equal("case-r-1", data.GetProperty("caseKey").GetString());
            Assert.Equal(score, data.GetProperty("score").GetInt32());
        }
    }

    [Theory]
    [InlineData(8, "abandoned", true)]
    [InlineData(3, "stopped", true)]
    [InlineData(null, "stopped", false)]
    [InlineData(9, "in-progress", false)]
    public void A_response_is_recorded_once_it_ends_with_a_score_however_it_ended(int? score, string outcome, bool recorded)
    {
        var response = Response("r-5", score ?? 0, outcome) with { Score = score, Category = score is { } s ? new NpsScore(s).Category : null };

        var events = WebhookEventsBot.EventsOf([response], Now);

        Assert.Equal(recorded ? [WebhookEvents.ResponseRecorded] : Array.Empty<string>(), events.Select(e => e.Type));
        if (recorded)
        {
            Assert.Equal(outcome, events.Single().Data.GetProperty("outcome").GetString());
        }
    }

    [Fact]
    public void A_first_survey_scoring_10_is_recorded_but_recovers_nothing()
    {
        var events = WebhookEventsBot.EventsOf([Response("r-3", 10, SurveyOutcomes.Completed)], Now);

        Assert.Equal([WebhookEvents.ResponseRecorded], events.Select(e => e.Type));
    }

    [Theory]
    [InlineData("resolved", true)]
    [InlineData("closed_unresolved", false)]
    public void A_case_moved_to_resolved_is_resolved_and_one_closed_unresolved_is_not(string to, bool resolved)
    {
        var inProgress = new SupportCase
        {
            CaseKey = "case-r-6", ResponseKey = "r-6", ConversationKey = "c-6", ChannelId = "webchat", Status = CaseStatus.InProgress, Priority = 1,
            Score = 3, OpenedAt = Now.AddHours(-2), FirstContactAt = Now.AddHours(-1), FirstContactDue = Now, ResolutionDue = Now.AddDays(2),
            Assignee = "agent-maria", UpdatedAt = Now.AddHours(-1),
        };
        var (closed, moved) = CaseTransition.Move(inProgress, to, "agent-maria", Now, "Carrier lost the parcel", "Reshipped it");

        var events = WebhookEventsBot.EventsOf([closed, moved], Now);

        Assert.Equal(resolved ? [WebhookEvents.CaseResolved] : Array.Empty<string>(), events.Select(e => e.Type));
        if (resolved)
        {
            var data = events.Single().Data;
            Assert.Equal(("case-r-6", "r-6", "agent-maria"), (data.GetProperty("caseKey").GetString(), data.GetProperty("responseKey").GetString(), data.GetProperty("assignee").GetString()));
        }
    }

    [Fact]
    public void A_handoff_names_its_case_reason_and_first_contact_deadline_once()
    {
        var supportCase = new SupportCase
        {
            CaseKey = "case-r-4", ResponseKey = "r-4", ConversationKey = "c-4", ChannelId = "webchat", Status = CaseStatus.Open, Priority = 1,
            Score = 2, OpenedAt = Now, FirstContactDue = Now.AddHours(1), ResolutionDue = Now.AddDays(2), UpdatedAt = Now,
        };
        var handedOff = new CaseEvent("case-r-4", CaseEventKinds.HandedOff, CaseEvent.BotActor, Now, "person_requested");

        var events = WebhookEventsBot.EventsOf([supportCase, handedOff, handedOff], Now);

        var handoff = Assert.Single(events);
        Assert.Equal(WebhookEvents.HandoffRequested, handoff.Type);
        Assert.Equal("case-r-4", handoff.Data.GetProperty("caseKey").GetString());
        Assert.Equal("person_requested", handoff.Data.GetProperty("reason").GetString());
        Assert.Equal(Now.AddHours(1), handoff.Data.GetProperty("firstContactDue").GetDateTimeOffset());
    }

    private static SurveyResponse Response(string key, int score, string outcome) => new()
    {
        ResponseKey = key, ConversationKey = "c-" + key, ChannelId = "webchat", Score = score, Category = new NpsScore(score).Category,
        Outcome = outcome, StartedAt = Now.AddMinutes(-5), UpdatedAt = Now, CompletedAt = outcome == SurveyOutcomes.Completed ? Now : null,
    };
}
