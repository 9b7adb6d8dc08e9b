using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Tests.Support;

namespace NpsBot.Recovery.Tests.Cases;

public sealed class CaseTransitionTests
{
    private static readonly DateTimeOffset Opened = Times.TuesdayAfternoon;

    [Fact]
    public void Claiming_an_open_case_is_its_first_human_contact_and_a_case_event_says_who_and_when()
    {
        var (claimed, change) = CaseTransition.Move(Open(), CaseStatus.InProgress, "agent-7", Opened.AddMinutes(20));

        Assert.Equal((CaseStatus.InProgress, Opened.AddMinutes(20), "agent-7"), (claimed.Status, claimed.FirstContactAt, claimed.Assignee));
        Assert.Equal(new CaseEvent("case-1", CaseEventKinds.StatusChanged, "agent-7", Opened.AddMinutes(20), "open -> in_progress"), change);
    }

    [Fact]
    public void Waiting_on_the_customer_and_back_keeps_the_first_contact_time()
    {
        var (claimed, _) = CaseTransition.Move(Open(), CaseStatus.InProgress, "agent-7", Opened.AddMinutes(20));
        var (waiting, _) = CaseTransition.Move(claimed, CaseStatus.WaitingOnCustomer, "agent-7", Opened.AddMinutes(30));
        var (back, _) = CaseTransition.Move(waiting, CaseStatus.InProgress, "agent-7", Opened.AddHours(5));

        Assert.Equal(Opened.AddMinutes(20), back.FirstContactAt);
    }

    [Fact]
    public void Resolving_needs_a_root_cause_and_the_action_taken()
    {
        var (claimed, _) = CaseTransition.Move(Open(), CaseStatus.InProgress, "agent-7", Opened.AddMinutes(20));

        Assert.Throws<ArgumentException>(() => CaseTransition.Move(claimed, CaseStatus.Resolved, "agent-7", Opened.AddHours(1)));
        Assert.Throws<ArgumentException>(() => CaseTransition.Move(claimed, CaseStatus.Resolved, "agent-7", Opened.AddHours(1), "courier", " "));
        var (resolved, _) = CaseTransition.Move(claimed, CaseStatus.Resolved, "agent-7", Opened.AddHours(1), "courier lost the parcel", "replacement sent");
        Assert.Equal((CaseStatus.Resolved, Opened.AddHours(1), "courier lost the parcel", "replacement sent"), (resolved.Status, resolved.ResolvedAt, resolved.RootCause, resolved.ActionTaken));
    }

    [Theory]
    [InlineData(CaseStatus.Open, CaseStatus.Resolved)]
    [InlineData(CaseStatus.Open, CaseStatus.WaitingOnCustomer)]
    [InlineData(CaseStatus.Resolved, CaseStatus.ClosedUnresolved)]
    [InlineData(CaseStatus.InProgress, CaseStatus.Open)]
    public void Moves_the_state_machine_does_not_allow_are_refused(string from, string to) =>
        Assert.Throws<InvalidOperationException>(() => CaseTransition.Move(Open() with { Status = from }, to, "agent-7", Opened, "cause", "action"));

    [Theory]
    [InlineData(CaseStatus.Open, CaseStatus.InProgress, true)]
    [InlineData(CaseStatus.Open, CaseStatus.ClosedUnresolved, true)]
    [InlineData(CaseStatus.InProgress, CaseStatus.WaitingOnCustomer, true)]
    [InlineData(CaseStatus.WaitingOnCustomer, CaseStatus.Resolved, true)]
    [InlineData(CaseStatus.ClosedUnresolved, CaseStatus.InProgress, true)]
    [InlineData(CaseStatus.Resolved, CaseStatus.Open, false)]
    public void The_state_machine_allows_the_documented_moves(string from, string to, bool allowed) =>
        Assert.Equal(allowed, CaseStateMachine.CanMove(from, to));

    [Theory]
    [InlineData("in_progress -> resolved", "resolved")]
    [InlineData("open -> closed_unresolved: the score is no longer a detractor's", "closed_unresolved")]
    [InlineData("no arrow here", null)]
    public void MovedTo_reads_the_status_a_move_went_to(string detail, string? to) =>
        Assert.Equal(to, CaseTransition.MovedTo(new CaseEvent("case-1", CaseEventKinds.StatusChanged, "agent", Opened, detail)));

    [Fact]
    public void MovedTo_reads_a_real_move_and_nothing_from_other_events()
    {
        var (_, moved) = CaseTransition.Move(Open(), CaseStatus.InProgress, "agent", Opened.AddMinutes(5));

        Assert.Equal(CaseStatus.InProgress, CaseTransition.MovedTo(moved));
        Assert.Null(CaseTransition.MovedTo(new CaseEvent("case-1", CaseEventKinds.Note, "agent", Opened, "open -> resolved")));
    }

    private static SupportCase Open() => new()
    {
        CaseKey = "case-1",
        ResponseKey = "r-1",
        ConversationKey = "webchat|c-1",
        ChannelId = "webchat",
        Status = CaseStatus.Open,
        Priority = CasePriority.Normal,
        OpenedAt = Opened,
        FirstContactDue = Opened.AddHours(1),
        ResolutionDue = Opened.AddHours(48),
        UpdatedAt = Opened,
    };
}
