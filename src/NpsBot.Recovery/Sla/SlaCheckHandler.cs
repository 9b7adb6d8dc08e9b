using System.Text.Json;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Sla;

/// <summary>
/// Runs "case.sla-check", scheduled at each SLA deadline when a case opens: a case still without first contact (or
/// still not closed) is flagged overdue. Idempotent: a flagged or finished case is left alone.
/// </summary>
public sealed class SlaCheckHandler(ICaseStore cases, TimeProvider clock) : IWorkHandler
{
    public const string JobKind = "case.sla-check";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => JobKind;

    /// <summary>The job to schedule at <paramref name="dueAt"/> for one clock of a case.</summary>
    public static WorkRequest Request(string caseKey, string slaClock, DateTimeOffset dueAt) =>
        new(JobKind, JsonSerializer.Serialize(new SlaCheckPayload(caseKey, slaClock), Json), dueAt) { OrderKey = $"case|{caseKey}" };

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        SlaCheckPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<SlaCheckPayload>(item.Payload, Json);
        }
        catch (JsonException e)
        {
            throw new WorkFailedPermanentlyException("The payload is not an SLA check.", e);
        }

        if (payload is null || (payload.Clock != SlaClocks.FirstContact && payload.Clock != SlaClocks.Resolution))
        {
            throw new WorkFailedPermanentlyException("The payload names no known SLA clock.");
        }

        await cases.FlagOverdueAsync(payload.CaseKey, payload.Clock, clock.GetUtcNow(), cancellationToken);
    }
}
