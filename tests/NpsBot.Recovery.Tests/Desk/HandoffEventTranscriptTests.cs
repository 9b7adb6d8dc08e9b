using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Handoff;
using NpsBot.Recovery.Tests.Support;

namespace NpsBot.Recovery.Tests.Desk;

/// <summary>Recovery:Handoff:Mode=botframework sends handoff.initiate; the hub's handoff.status events land on the case; score changes on an open case.</summary>
public sealed class HandoffEventTranscriptTests
{
    private static RecoveryOptions BotFrameworkMode => new() { Handoff = new HandoffOptions { Mode = HandoffModes.BotFramework } };

    [Fact]
    public async Task In_botframework_mode_a_handoff_sends_handoff_initiate_with_the_transcript_attachment()
    {
        var transcript = new RecoveryTranscript(options: BotFrameworkMode);
        await transcript.JoinAsync();
        await transcript.SendAsync("2");

        var replies = await transcript.SendAsync("I want to talk to a person");

        var initiate = Assert.Single(replies, r => r.Type == ActivityTypes.Event);
        Assert.Equal(HandoffStates.InitiateEvent, initiate.Name);
        Assert.True(Guid.TryParse(initiate.Id, out _));
        Assert.Equal(("conversation-1", "activity-3"), (initiate.Conversation!.Id, initiate.RelatesTo!.ActivityId));
        var attachment = Assert.Single(initiate.Attachments!);
        Assert.Equal(("application/json", "Transcript"), (attachment.ContentType, attachment.Name));
        var lines = attachment.Content!.Value.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal("I want to talk to a person", lines[^1].GetProperty("text").GetString());
        Assert.Equal(transcript.Case!.CaseKey, initiate.Value!.Value.GetProperty("caseKey").GetString());
        Assert.Contains(transcript.Events, e => e.Kind == CaseEventKinds.HandoffInitiated);
    }

    [Fact]
    public async Task In_console_mode_no_event_goes_to_the_channel()
    {
        var transcript = new RecoveryTranscript();
        await transcript.JoinAsync();
        await transcript.SendAsync("2");

        var replies = await transcript.SendAsync("I want to talk to a person");

        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Event);
    }

    [Fact]
    public async Task The_hubs_status_events_are_recorded_on_the_case_and_completed_gives_the_conversation_back_to_the_bot()
    {
        var transcript = new RecoveryTranscript(options: BotFrameworkMode);
        await transcript.JoinAsync();
        await transcript.SendAsync("2");
        await transcript.SendAsync("I want to talk to a person");

        var accepted = await transcript.SendEventAsync(HandoffStates.StatusEvent, """{"state":"accepted"}""");
        var modeWhileHeld = transcript.State.Mode;
        await transcript.SendEventAsync(HandoffStates.StatusEvent, """{"state":"failed","message":"Can't find agent with requested skill"}""");
        await transcript.SendEventAsync(HandoffStates.StatusEvent, """{"state":"bogus"}""");
        await transcript.SendEventAsync(HandoffStates.StatusEvent, """{"state":"completed"}""");

        Assert.Empty(accepted);
        Assert.Equal(ConversationModes.Agent, modeWhileHeld);
        Assert.Equal(ConversationModes.Bot, transcript.State.Mode);
        var hub = transcript.Events.Where(e => e.Actor == HandoffStatusBot.HubActor).ToList();
        Assert.Equal([CaseEventKinds.HandoffAccepted, CaseEventKinds.HandoffFailed, CaseEventKinds.HandoffCompleted], hub.Select(e => e.Kind));
        Assert.All(hub, e => Assert.Equal(transcript.Case!.CaseKey, e.CaseKey));
        Assert.Equal("Can't find agent with requested skill", hub[1].Detail);
    }

    [Fact]
    public async Task A_confirmed_change_from_detractor_to_promoter_asks_to_close_the_case_if_untouched()
    {
        var transcript = new RecoveryTranscript();
        await transcript.JoinAsync();
        await transcript.SendAsync("3");
        var caseKey = transcript.Case!.CaseKey;

        await transcript.SendAsync("change my score to 9");
        await transcript.SendAsync("yes");

        var change = Assert.Single(transcript.Records<CaseScoreChange>());
        Assert.Equal((caseKey, 3, 9, true), (change.CaseKey, change.OldScore, change.NewScore, change.CloseIfUntouched));
    }

    [Fact]
    public async Task A_confirmed_change_from_promoter_to_detractor_opens_a_case()
    {
        var transcript = new RecoveryTranscript();
        await transcript.JoinAsync();
        await transcript.SendAsync("9");
        var before = transcript.Case;

        await transcript.SendAsync("change my score to 2");
        await transcript.SendAsync("yes");

        Assert.Null(before);
        Assert.Equal((2, CaseStatus.Open), (transcript.Case!.Score, transcript.Case.Status));
        Assert.Contains(transcript.Events, e => e.Kind == CaseEventKinds.Opened);
        Assert.Empty(transcript.Records<CaseScoreChange>());
    }
}
