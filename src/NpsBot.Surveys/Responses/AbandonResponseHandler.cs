using System.Text.Json;
using NpsBot.Conversations.Work;

namespace NpsBot.Surveys.Responses;

/// <summary>
/// Runs "response.abandon": a survey still in progress, with no answer since the one that scheduled the job, becomes
/// abandoned. Every answer schedules a new job, so an older job finds a newer answer and does nothing (idempotent).
/// </summary>
public sealed class AbandonResponseHandler(IResponseOutcomes outcomes, TimeProvider clock) : IWorkHandler
{
    public const string JobKind = "response.abandon";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => JobKind;

    /// <summary>The job to schedule after an answer given at <paramref name="lastAnswerAt"/>.</summary>
    public static WorkRequest Request(string responseKey, DateTimeOffset lastAnswerAt, DateTimeOffset dueAt) =>
        new(JobKind, JsonSerializer.Serialize(new AbandonPayload(responseKey, lastAnswerAt), Json), dueAt) { OrderKey = $"response|{responseKey}" };

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
