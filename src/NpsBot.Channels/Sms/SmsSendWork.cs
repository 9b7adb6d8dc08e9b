using System.Text.Json;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.Sms;

/// <summary>
/// Schedules a turn's replies as SMS: one <c>sms.send</c> job per reply (a failed message is retried alone, and the
/// ones before it are not sent twice), ordered by the conversation so a customer reads them in the order they were said.
/// </summary>
public static class SmsSendWork
{
    public const string Kind = "sms.send";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<WorkRequest> Schedule(TurnReplies replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var jobs = new List<WorkRequest>(replies.Replies.Count);
        foreach (var reply in replies.Replies)
        {
            var to = reply.Recipient?.Id ?? reply.Conversation?.Id;
            var body = SmsText.Of(reply);
            if (to is null || body.Length == 0)
            {
                continue;
            }

            var payload = JsonSerializer.Serialize(new SmsMessage(to, body), Json);
            jobs.Add(new WorkRequest(Kind, payload, replies.At) { OrderKey = replies.ConversationKey });
        }

        return jobs;
    }

    /// <summary>The reply work of a turn that must send nothing (the customer has just said STOP).</summary>
    public static IReadOnlyList<WorkRequest> None(TurnReplies replies) => [];
}
