namespace NpsBot.Recovery.Handoff;

/// <summary>The Bot Framework handoff event names and the states a hub reports in <c>handoff.status</c>.</summary>
public static class HandoffStates
{
    public const string InitiateEvent = "handoff.initiate";
    public const string StatusEvent = "handoff.status";
    public const string Accepted = "accepted";
    public const string Failed = "failed";
    public const string Completed = "completed";

    /// <summary>Where the conversation keeps the key of the case it was handed off with (conversation state values).</summary>
    public const string CaseKeyValue = "recovery.handoffCase";
}
