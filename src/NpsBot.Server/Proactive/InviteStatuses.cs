namespace NpsBot.Server.Proactive;

/// <summary>How far a survey invite got: queued → sent → delivered → answered, or refused (with the rule) or failed.</summary>
public static class InviteStatuses
{
    /// <summary>Accepted; its <c>survey.invite</c> job has not run yet (it may be due later: "when", quiet hours).</summary>
    public const string Queued = "queued";

    /// <summary>The survey started: its first question is in the channel's delivery queue (sms.send, reply.deliver).</summary>
    public const string Sent = "sent";

    /// <summary>The channel reported the message delivered (SMS status callback).</summary>
    public const string Delivered = "delivered";

    /// <summary>The customer gave a score in the survey the invite started (the response carries the event id).</summary>
    public const string Answered = "answered";

    /// <summary>Not sent, for the reason in <c>refusal</c>: a fatigue rule, a survey in progress, or an unreachable customer.</summary>
    public const string Refused = "refused";

    /// <summary>The channel is not configured any more.</summary>
    public const string Failed = "failed";

    /// <summary>A survey was already in progress in that conversation; it was not interrupted.</summary>
    public const string InProgress = "in-progress";

    /// <summary>The channel has no way to reach the customer (no stored conversation reference).</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The deferral of a send moved out of the customer's quiet hours.</summary>
    public const string QuietHours = "quiet-hours";

    /// <summary>Every state a caller may filter the list by.</summary>
    public static readonly IReadOnlyList<string> All = [Queued, Sent, Delivered, Answered, Refused, Failed];
}
