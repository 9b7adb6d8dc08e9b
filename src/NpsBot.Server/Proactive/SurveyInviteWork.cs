using System.Text.Json;
using NpsBot.Conversations.Work;

namespace NpsBot.Server.Proactive;

/// <summary>The <c>survey.invite</c> job: its payload names the event, whose invite row says the rest.</summary>
public static class SurveyInviteWork
{
    public const string Kind = "survey.invite";

    public static WorkRequest For(string eventId, DateTimeOffset dueAt) =>
        new(Kind, JsonSerializer.Serialize(new Payload(eventId), JsonSerializerOptions.Web), dueAt) { OrderKey = "invite:" + eventId };

    public static string EventIdOf(WorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            return JsonSerializer.Deserialize<Payload>(item.Payload, JsonSerializerOptions.Web)?.EventId
                ?? throw new WorkFailedPermanentlyException("The payload names no event.");
        }
        catch (JsonException ex)
        {
            throw new WorkFailedPermanentlyException("The payload is not a survey invite.", ex);
        }
    }

    private sealed record Payload(string EventId);
}
