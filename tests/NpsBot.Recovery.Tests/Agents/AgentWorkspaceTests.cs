using System.Text.Json;
using NpsBot.Conversations.Runner;
using NpsBot.Language.Redaction;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Desk;
using NpsBot.Recovery.FollowUps;
using NpsBot.Recovery.Tests.Support;
using NpsBot.Surveys.Handback;

namespace NpsBot.Recovery.Tests.Agents;

/// <summary>The desk's rules (issue 9), on a fake clock and an in-memory store with the database's compare-and-set.</summary>
public sealed class AgentWorkspaceTests
{
    private const string CaseKey = "case-1";
    private static readonly string ConversationKey = ConversationKeys.For(KeySpaces.DirectLine, "directline", "conv-1");
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", MayExceedPolicy: false);
    private static readonly AgentIdentity Tom = new("agent-tom", "Tom", MayExceedPolicy: false);
    private static readonly AgentIdentity Manager = new("manager-ines", "Ines", MayExceedPolicy: true);

    // Tuesday 24 November 2026, 16:30 UTC: half an hour before the team (09:00–17:00 UTC, Monday to Friday) goes home.
    private static readonly DateTimeOffset Opened = new(2026, 11, 24, 16, 30, 0, TimeSpan.Zero);

    private readonly InMemoryDeskStore _store = new();
    private readonly RelayingRunner _runner = new();
    private readonly RecordingOutbound _outbound = new();
    private readonly RecordingFeed _feed = new();
    private readonly FakeClock _clock = new(Opened);
    private readonly AgentWorkspace _desk;

    public AgentWorkspaceTests()
    {
        _store.Add(Case(CaseKey, priority: CasePriority.Normal, theme: "delivery"));
        var playbooks = RecoveryTranscript.Playbooks;
        _desk = new AgentWorkspace(
            _store, _runner, [_outbound], _feed, playbooks, new RecoveryDesk(playbooks, new RecoveryOptions()), new RecoveryOptions(),
            new TextRedactor(), new OfflineSuggestions(), _clock);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DeskCase Case(string caseKey, int priority, string theme, int score = 3) => new(
        new SupportCase
        {
            CaseKey = caseKey,
            ResponseKey = "response-" + caseKey,
            ConversationKey = ConversationKey,
            ChannelId = "directline",
            CustomerId = "dl_customer",
            Status = CaseStatus.Open,
            Priority = priority,
            Score = score,
            Theme = theme,
            OpenedAt = Opened,
            FirstContactDue = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero),
            ResolutionDue = new DateTimeOffset(2026, 12, 2, 16, 30, 0, TimeSpan.Zero),
            UpdatedAt = Opened,
        },
        null,
        "Ana Ruiz",
        "en-US",
        ConversationModes.Agent);

    [Fact]
    public async Task Of_many_agents_claiming_at_once_exactly_one_holds_the_case()
    {
        var agents = Enumerable.Range(1, 8).Select(i => new AgentIdentity($"agent-{i}", $"Agent {i}", false)).ToList();

        var results = await Task.WhenAll(agents.Select(agent => Task.Run(() => _desk.ClaimAsync(agent, CaseKey, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.Status == AgentActionStatus.Done));
        Assert.Equal(7, results.Count(r => r.Status == AgentActionStatus.HeldByAnother));
        var winner = agents[Array.FindIndex(results, r => r.Succeeded)];
        Assert.Equal(winner.UserId, _store.Get(CaseKey).Case.Assignee);
        Assert.Single(_store.Events, e => e.Kind == DeskEventKinds.Claimed && e.Actor == winner.UserId);
    }

    [Fact]
    public async Task Only_the_holder_may_write_and_the_first_message_is_the_first_contact()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        _clock.Advance(TimeSpan.FromHours(17)); // Wednesday 09:30

        var byTom = await _desk.SendAsync(Tom, CaseKey, "Hi, Tom here", Ct);
        var byMaria = await _desk.SendAsync(Maria, CaseKey, "Hi Ana, Maria here.", Ct);

        Assert.Equal(AgentActionStatus.NotHolder, byTom.Status);
        Assert.True(byMaria.Succeeded);
        var held = _store.Get(CaseKey).Case;
        Assert.Equal(CaseStatus.InProgress, held.Status);
        Assert.Equal(_clock.Now, held.FirstContactAt);
        var (activity, origin) = Assert.Single(_runner.Turns);
        Assert.Equal(DeskEvents.AgentMessage, activity.Name);
        Assert.Equal(ConversationKey, origin.ConversationKey);
        Assert.Equal("Hi Ana, Maria here.", activity.Value!.Value.GetProperty("text").GetString());
        Assert.Contains(_feed.Lines, l => l.Line.Role == TranscriptRoles.Agent && l.Line.AuthorName == "Maria");
    }

    [Fact]
    public async Task A_later_message_does_not_move_the_first_contact()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        await _desk.SendAsync(Maria, CaseKey, "first", Ct);
        var first = _store.Get(CaseKey).Case.FirstContactAt;
        _clock.Advance(TimeSpan.FromMinutes(5));

        await _desk.SendAsync(Maria, CaseKey, "second", Ct);

        Assert.Equal(first, _store.Get(CaseKey).Case.FirstContactAt);
    }

    [Theory]
    [InlineData("resolved", "", "Reshipped the parcel")]
    [InlineData("resolved", "Carrier lost the parcel", " ")]
    [InlineData("done", "Carrier lost the parcel", "Reshipped the parcel")]
    public async Task Resolving_needs_an_outcome_a_root_cause_and_the_action_taken(string outcome, string rootCause, string action)
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        await _desk.SendAsync(Maria, CaseKey, "Hello", Ct);

        var result = await _desk.ResolveAsync(Maria, CaseKey, new Resolution(outcome, rootCause, action, null), Ct);

        Assert.Equal(AgentActionStatus.Invalid, result.Status);
        Assert.Equal(CaseStatus.InProgress, _store.Get(CaseKey).Case.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_root_cause_or_action_longer_than_a_message_is_refused_with_the_limit(bool longRootCause)
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        await _desk.SendAsync(Maria, CaseKey, "Hello", Ct);
        var tooLong = new string('x', AgentWorkspace.MaxMessageLength + 1);

        var result = await _desk.ResolveAsync(
            Maria, CaseKey, new Resolution(CaseStatus.Resolved, longRootCause ? tooLong : "Carrier lost the parcel", longRootCause ? "Reshipped it" : tooLong, null), Ct);

        Assert.Equal(AgentActionStatus.Invalid, result.Status);
        Assert.Contains($"{AgentWorkspace.MaxMessageLength} characters", result.Message, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.InProgress, _store.Get(CaseKey).Case.Status);
    }

    [Fact]
    public async Task A_case_nobody_wrote_on_cannot_be_resolved_only_closed_unresolved()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);

        var resolved = await _desk.ResolveAsync(Maria, CaseKey, new Resolution(CaseStatus.Resolved, "Unknown", "None", null), Ct);
        var closed = await _desk.ResolveAsync(Maria, CaseKey, new Resolution(CaseStatus.ClosedUnresolved, "Customer unreachable", "Wrote twice", null), Ct);

        Assert.Equal(AgentActionStatus.Invalid, resolved.Status);
        Assert.True(closed.Succeeded);
    }

    [Fact]
    public async Task Resolving_stores_the_SLA_figures_in_wall_and_business_time_and_schedules_the_follow_up()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        _clock.Advance(TimeSpan.FromHours(17)); // Wednesday 09:30: 30 business minutes on Tuesday + 30 on Wednesday
        await _desk.SendAsync(Maria, CaseKey, "Hello Ana", Ct);
        _clock.Advance(TimeSpan.FromHours(2)); // Wednesday 11:30

        var result = await _desk.ResolveAsync(Maria, CaseKey, new Resolution(CaseStatus.Resolved, "Carrier lost the parcel", "Reshipped it", "reship"), Ct);

        Assert.True(result.Succeeded, result.Message);
        var figures = _store.LastChange[CaseKey].Figures!;
        Assert.Equal(TimeSpan.FromHours(17), figures.ToFirstContact);
        Assert.Equal(TimeSpan.FromHours(1), figures.BusinessToFirstContact);
        Assert.Equal(TimeSpan.FromHours(19), figures.ToResolution);
        Assert.Equal(TimeSpan.FromHours(3), figures.BusinessToResolution);
        var closed = _store.Get(CaseKey).Case;
        Assert.Equal((CaseStatus.Resolved, "Carrier lost the parcel", "Reshipped it", "reship"), (closed.Status, closed.RootCause, closed.ActionTaken, closed.Remedy));
        var job = Assert.Single(_store.Work, w => w.Kind == FollowUpHandler.JobKind);
        Assert.Equal(_clock.Now.AddDays(14), job.DueAt);
        Assert.Equal(CaseKey, JsonDocument.Parse(job.Payload).RootElement.GetProperty("caseKey").GetString());
    }

    [Fact]
    public async Task A_remedy_beyond_the_playbook_needs_someone_who_may_exceed_policy()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);

        var withinPolicy = await _desk.ApplyRemedyAsync(Maria, CaseKey, "reship", Ct);
        var beyond = await _desk.ApplyRemedyAsync(Maria, CaseKey, "discount-code", Ct);
        var unknown = await _desk.ApplyRemedyAsync(Maria, CaseKey, "free-car", Ct);
        await _desk.TransferAsync(Maria, CaseKey, Manager.UserId, Manager.DisplayName, Ct);
        var byManager = await _desk.ApplyRemedyAsync(Manager, CaseKey, "discount-code", Ct);

        Assert.True(withinPolicy.Succeeded);
        Assert.Equal(AgentActionStatus.Forbidden, beyond.Status);
        Assert.Equal(AgentActionStatus.Invalid, unknown.Status);
        Assert.True(byManager.Succeeded);
        Assert.Equal("discount-code", _store.Get(CaseKey).Case.Remedy);
        Assert.Contains(_store.Events, e => e.Kind == DeskEventKinds.RemedyApplied && e.Detail == "discount-code (above policy)" && e.Actor == Manager.UserId);
    }

    [Fact]
    public async Task Giving_back_after_a_transfer_credits_the_agent_who_wrote_not_the_new_holder()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        await _desk.SendAsync(Maria, CaseKey, "I've reshipped your parcel.", Ct);
        await _desk.TransferAsync(Maria, CaseKey, Tom.UserId, Tom.DisplayName, Ct);

        var result = await _desk.GiveBackAsync(Tom, CaseKey, Ct);

        Assert.True(result.Succeeded, result.Message);
        var (activity, _) = _runner.Turns[^1];
        Assert.Equal(DeskEvents.GiveBack, activity.Name);
        Assert.Equal(Maria.UserId, activity.Value!.Value.GetProperty("agentId").GetString());
        Assert.Equal(Maria.UserId, _store.LastChange[CaseKey].HelpedById);
    }

    [Fact]
    public async Task The_holder_may_give_back_after_resolving_and_nobody_else_may()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        await _desk.SendAsync(Maria, CaseKey, "I've reshipped your parcel.", Ct);
        var resolved = await _desk.ResolveAsync(Maria, CaseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);

        var byOther = await _desk.GiveBackAsync(Tom, CaseKey, Ct);
        var byHolder = await _desk.GiveBackAsync(Maria, CaseKey, Ct);

        Assert.True(resolved.Succeeded, resolved.Message);
        Assert.Equal(AgentActionStatus.NotHolder, byOther.Status);
        Assert.True(byHolder.Succeeded, byHolder.Message);
        Assert.Equal(DeskEvents.GiveBack, _runner.Turns[^1].Activity.Name);
    }

    [Fact]
    public async Task The_holder_who_wrote_is_credited_even_if_someone_wrote_before()
    {
        await _desk.ClaimAsync(Maria, CaseKey, Ct);
        await _desk.SendAsync(Maria, CaseKey, "Hello", Ct);
        await _desk.TransferAsync(Maria, CaseKey, Tom.UserId, Tom.DisplayName, Ct);
        await _desk.SendAsync(Tom, CaseKey, "Tom here, all done.", Ct);

        await _desk.GiveBackAsync(Tom, CaseKey, Ct);

        Assert.Equal(Tom.UserId, _runner.Turns[^1].Activity.Value!.Value.GetProperty("agentId").GetString());
    }

    [Fact]
    public async Task A_watcher_reads_the_transcript_redacted_and_the_holder_reads_the_raw_words()
    {
        _store.Lines.Add(new StoredLine("in", "a1", "message", "my card is [card]", "my card is 4111 1111 1111 1111", null, Opened));
        _store.Lines.Add(new StoredLine("out", "a1", "message", "Sorry to hear that.", null, "NpsBot", Opened));
        await _desk.ClaimAsync(Maria, CaseKey, Ct);

        var watched = await _desk.OpenAsync(Tom, CaseKey, Ct);
        var held = await _desk.OpenAsync(Maria, CaseKey, Ct);

        Assert.Equal("my card is [card]", watched!.Transcript[0].Text);
        Assert.True(watched.Transcript[0].Redacted);
        Assert.Equal("my card is 4111 1111 1111 1111", held!.Transcript[0].Text);
        Assert.False(held.Transcript[0].Redacted);
        Assert.Equal([TranscriptRoles.Customer, TranscriptRoles.Bot], held.Transcript.Select(l => l.Role));
        Assert.DoesNotContain("4111", held.Summary, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(held.SuggestedReply));
    }

    [Fact]
    public async Task The_queue_lists_higher_priority_first_then_the_nearest_deadline()
    {
        _store.Add(Case("case-urgent", CasePriority.Urgent, "billing"));
        _store.Add(Case("case-low", CasePriority.Low, "other") with { Case = Case("case-low", CasePriority.Low, "other").Case with { FirstContactDue = Opened } });
        await _desk.ClaimAsync(Maria, CaseKey, Ct);

        var all = await _desk.QueueAsync(Maria, QueueView.All, Ct);
        var mine = await _desk.QueueAsync(Maria, QueueView.Mine, Ct);
        var unassigned = await _desk.QueueAsync(Maria, QueueView.Unassigned, Ct);

        Assert.Equal(["case-urgent", CaseKey, "case-low"], all.Select(e => e.CaseKey));
        Assert.True(all[0].Priority > all[1].Priority);
        Assert.Equal([CaseKey], mine.Select(e => e.CaseKey));
        Assert.Equal(["case-urgent", "case-low"], unassigned.Select(e => e.CaseKey));
    }
}
