namespace NpsBot.Recovery.FollowUps;

/// <summary>
/// The re-survey of a closed case on a channel that can reach a customer who has not written (SMS, Teams): the same
/// proactive invite path as a company event's survey (the server's survey invites: the work queue, quiet hours, STOP).
/// </summary>
public interface IFollowUpInvites
{
    /// <summary>Queues the follow-up survey of <paramref name="caseKey"/> when its channel can start one; false when it cannot (Web Chat asks at the next visit).</summary>
    Task<bool> InviteAsync(string caseKey, CancellationToken cancellationToken);
}
