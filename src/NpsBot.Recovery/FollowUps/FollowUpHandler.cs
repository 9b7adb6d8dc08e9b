using System.Text.Json;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;

namespace NpsBot.Recovery.FollowUps;

/// <summary>
/// Runs "case.follow-up" jobs, scheduled when a case is closed: marks the case's follow-up survey due. Web Chat asks it
/// at the customer's next visit (<see cref="FollowUpSurveys"/>). Channels that can reach a customer who has not
/// written (Teams, SMS: <c>IConversationOutbound.SupportsProactive</c>) will start it from here when they land.
/// Idempotent: marking twice changes nothing.
/// </summary>
public sealed class FollowUpHandler(IAgentDeskStore store, TimeProvider clock) : IWorkHandler
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

        // The seam for proactive channels: once an outbound SupportsProactive, start the survey here through it.
        await store.MarkFollowUpDueAsync(payload.CaseKey, clock.GetUtcNow(), cancellationToken);
    }
}
