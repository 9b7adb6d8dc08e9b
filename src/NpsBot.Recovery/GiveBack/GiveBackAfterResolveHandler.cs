using System.Text.Json;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;

namespace NpsBot.Recovery.GiveBack;

/// <summary>
/// Runs "case.give-back" jobs, scheduled when a case is resolved while its conversation is with an agent: after
/// <c>Recovery:GiveBackAfterResolve</c> the bot takes the conversation back (the same give-back an agent makes, said to
/// the customer, with the rating credited to who helped), unless it has it already or the case was reopened.
/// Idempotent: a second run finds the bot in charge and does nothing.
/// </summary>
public sealed class GiveBackAfterResolveHandler(AgentWorkspace workspace) : IWorkHandler
{
    public const string JobKind = "case.give-back";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => JobKind;

    public static WorkRequest Request(string caseKey, DateTimeOffset dueAt) =>
        new(JobKind, JsonSerializer.Serialize(new GiveBackPayload(caseKey), Json), dueAt);

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var payload = JsonSerializer.Deserialize<GiveBackPayload>(item.Payload, Json)
            ?? throw new WorkFailedPermanentlyException("The payload is not a give-back.");
        await workspace.GiveBackAfterResolveAsync(payload.CaseKey, cancellationToken);
    }
}
