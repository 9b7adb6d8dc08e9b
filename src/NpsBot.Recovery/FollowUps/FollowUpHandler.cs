using System.Text.Json;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;

namespace NpsBot.Recovery.FollowUps;

/// <summary>
/// Runs "case.follow-up" jobs, scheduled when a case is closed: marks the case's follow-up survey due. Web Chat asks it
/// at the customer's next visit (<see cref="FollowUpSurveys"/>); on channels that can reach a customer who has not
/// written (SMS, Teams) it is also invited through the proactive path (<see cref="IFollowUpInvites"/>), whose invite turn
/// starts the due follow-up. Idempotent: marking twice changes nothing, and the invite's event id is the case's.
/// </summary>
public sealed class FollowUpHandler(IAgentDeskStore store, TimeProvider clock, IEnumerable<IFollowUpInvites> invites) : IWorkHandler
{
    public const string JobKind = "case.follow-up";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => JobKind;

    public static WorkRequest Request(string caseKey, DateTimeOffset dueAt) =>
        new(JobKind, JsonSerializer.Serialize(new FollowUpPayload(caseKey), Json), dueAt);

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var payload = JsonSerializer.Deserialize<FollowUpPayload>(item.Payload, Json)
            ?? throw new WorkFailedPermanentlyException("The payload is not a follow-up.");

        await store.MarkFollowUpDueAsync(payload.CaseKey, clock.GetUtcNow(), cancellationToken);
        foreach (var invite in invites)
        {
            await invite.InviteAsync(payload.CaseKey, cancellationToken);
        }
    }
}
