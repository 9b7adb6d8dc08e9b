using Microsoft.EntityFrameworkCore;
using NpsBot.Channels.Proactive;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Recovery;
using NpsBot.Recovery.Fatigue;
using NpsBot.Storage;
using NpsBot.Storage.Work;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Proactive;

/// <summary>
/// Runs <c>survey.invite</c> jobs: at send time (not when the event arrived) quiet hours are checked again (a job that
/// ran late, after an outage, is moved to the end of the window by a new job rather than sent at night), then the fatigue
/// rules decide (STOP, an open case, a recent handoff, a recent survey); then a <c>survey.invite</c> event runs as a turn in the customer's conversation on
/// that channel, and its replies leave through the channel's own delivery jobs, committed with the turn. The turn's
/// activity id is made of the event id, so a job that runs twice starts the survey once.
/// </summary>
public sealed class SurveyInviteHandler(
    IDbContextFactory<NpsBotDbContext> contexts, IEnumerable<IProactiveChannel> channels, ICustomerHistory history,
    RecoveryOptions recovery, IConversationRunner runner, SurveyInviteService invites, WorkQueueSignal signal, TimeProvider clock) : IWorkHandler
{
    public string Kind => SurveyInviteWork.Kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var eventId = SurveyInviteWork.EventIdOf(item);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var invite = await context.SurveyInvites.SingleOrDefaultAsync(i => i.EventId == eventId, cancellationToken);

        // Forgotten meanwhile (forget-customer), or already decided by an earlier run.
        if (invite is null || invite.Status != InviteStatuses.Queued)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (invites.SendTime(invite.ChannelId, now, invite.TimeZone) is var allowed && allowed > now)
        {
            invite.DueAt = allowed.UtcDateTime;
            invite.Deferral = InviteStatuses.QuietHours;
            invite.UpdatedAt = now.UtcDateTime;
            WorkQueueEntries.Add(context, SurveyInviteWork.For(eventId, allowed), now);
            await context.SaveChangesAsync(cancellationToken);
            signal.Notify();
            return;
        }

        var (status, refusal) = await SendAsync(eventId, invite.ChannelId, invite.Recipient, invite.Locale, invite.Source, cancellationToken);
        invite.Status = status;
        invite.Refusal = refusal;
        invite.SentAt = status == InviteStatuses.Sent ? clock.GetUtcNow().UtcDateTime : null;
        invite.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
    }

    private async Task<(string Status, string? Refusal)> SendAsync(
        string eventId, string channelId, string recipient, string? locale, string? source, CancellationToken cancellationToken)
    {
        if (channels.FirstOrDefault(c => c.ChannelId == channelId) is not { } channel || channel.RefusalOfRecipient(recipient) is not null)
        {
            return (InviteStatuses.Failed, $"channel {channelId} cannot send");
        }

        if (await channel.OpenAsync(recipient, cancellationToken) is not { } conversation)
        {
            return (InviteStatuses.Refused, InviteStatuses.Unreachable);
        }

        var known = await history.ForAsync(channelId, conversation.Customer.Id, cancellationToken);
        // The re-survey of a closed case was promised by the case: only STOP refuses it (an open case or a recent handoff is its reason).
        var rule = source == FollowUpInvites.Source
            ? known.OptedOut ? Surveys.Fatigue.SurveyRefusals.OptedOut : null
            : FatigueRules.Refusal(known, clock.GetUtcNow(), recovery.Fatigue);
        if (rule is not null)
        {
            return (InviteStatuses.Refused, rule);
        }

        var invitation = conversation.Address with
        {
            Type = ActivityTypes.Event,
            Name = SurveyEvents.Invite,
            Id = "invite:" + eventId,
            Value = System.Text.Json.JsonSerializer.SerializeToElement(
                new Dictionary<string, string> { [SurveyEvents.EventIdMember] = eventId }),
            Locale = locale,
            Timestamp = clock.GetUtcNow(),
        };
        var origin = new TurnOrigin(conversation.KeySpace, conversation.Customer) { ReplyWork = conversation.ReplyWork, ShapeReply = conversation.ShapeReply };
        var turn = await runner.RunTurnAsync(invitation, origin, cancellationToken);
        return turn.Replies.Count > 0 ? (InviteStatuses.Sent, null) : (InviteStatuses.Refused, InviteStatuses.InProgress);
    }
}
