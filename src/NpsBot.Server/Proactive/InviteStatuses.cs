namespace NpsBot.Server.Proactive;

/// <summary>How far a survey invite got.</summary>
public static class InviteStatuses
{
    /// <summary>Accepted; its <c>survey.invite</c> job has not run yet.</summary>
    public const string Queued = "queued";

    /// <summary>The survey started: its first question is in the channel's delivery queue (sms.send, reply.deliver).</summary>
    public const string Sent = "sent";

    /// <summary>Not sent, for the reason in <c>refusal</c>: a fatigue rule, a survey in progress, or an unreachable customer.</summary>
    public const string Refused = "refused";

    /// <summary>The channel is not configured any more.</summary>
    public const string Failed = "failed";

    /// <summary>A survey was already in progress in that conversation; it was not interrupted.</summary>
    public const string InProgress = "in-progress";

    /// <summary>The channel has no way to reach the customer (no stored conversation reference).</summary>
    public const string Unreachable = "unreachable";
}
