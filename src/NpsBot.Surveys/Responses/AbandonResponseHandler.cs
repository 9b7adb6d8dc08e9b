using System.Text.Json;
using NpsBot.Conversations.Work;
using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Responses;

/// <summary>
/// Runs "response.abandon": a survey still in progress with no answer for <see cref="SurveyOptions.AbandonAfter"/>
/// becomes abandoned. The survey queues the check once, with its first record (<see cref="SurveyRecorder.Add"/>); a check
/// that finds a later answer queues the next one for that long after it, so a turn never touches the queue for it again
/// (issue 13) and a survey is still abandoned exactly that long after its last answer.
/// </summary>
public sealed class AbandonResponseHandler(IResponseOutcomes outcomes, SurveyOptions options, TimeProvider clock) : IWorkHandler
{
    public const string JobKind = "response.abandon";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => JobKind;

    /// <summary>The check of the response, due at <paramref name="dueAt"/>.</summary>
    public static WorkRequest Request(string responseKey, DateTimeOffset dueAt) =>
        new(JobKind, JsonSerializer.Serialize(new AbandonPayload(responseKey), Json), dueAt) { OrderKey = $"response|{responseKey}" };

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var payload = Read(item.Payload);
        await outcomes.MarkAbandonedAsync(payload.ResponseKey, options.AbandonAfter, clock.GetUtcNow(), cancellationToken);
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
