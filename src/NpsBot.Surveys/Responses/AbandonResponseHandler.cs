using System.Text.Json;
using NpsBot.Conversations.Work;

namespace NpsBot.Surveys.Responses;

/// <summary>
/// Runs "response.abandon": a survey still in progress, with no answer since the one that scheduled the job, becomes
/// abandoned. Every answer schedules the job again: the turn store moves the pending one to the new due time (issue 13:
/// one row per survey instead of one per answer), and a job already running finds the newer answer and does nothing.
/// </summary>
public sealed class AbandonResponseHandler(IResponseOutcomes outcomes, TimeProvider clock) : IWorkHandler
{
    public const string JobKind = "response.abandon";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => JobKind;

    /// <summary>The job to schedule after an answer given at <paramref name="lastAnswerAt"/>.</summary>
    public static WorkRequest Request(string responseKey, DateTimeOffset lastAnswerAt, DateTimeOffset dueAt) =>
        new(JobKind, JsonSerializer.Serialize(new AbandonPayload(responseKey, lastAnswerAt), Json), dueAt) { OrderKey = $"response|{responseKey}", Supersedes = true };

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var payload = Read(item.Payload);
        await outcomes.MarkAbandonedAsync(payload.ResponseKey, payload.LastAnswerAt, clock.GetUtcNow(), cancellationToken);
    }

    private static AbandonPayload Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<AbandonPayload>(payload, Json) ?? throw new WorkFailedPermanentlyException("Empty payload.");
        }
        catch (JsonException e)
        {
            throw new WorkFailedPermanentlyException("The payload is not an abandon request.", e);
        }
    }
}
