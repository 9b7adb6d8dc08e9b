namespace NpsBot.Recovery.Agents;

/// <summary>The case events of agents' actions (beside <see cref="Cases.CaseEventKinds"/>); the actor is the agent's user id.</summary>
public static class DeskEventKinds
{
    public const string Claimed = "claimed";
    public const string Released = "released";
    public const string Transferred = "transferred";
    public const string MessageSent = "message_sent";
    public const string Note = "note";
    public const string RemedyApplied = "remedy_applied";
    public const string Resolved = "resolved";
    public const string GivenBack = "given_back";
    public const string FollowUpDue = "follow_up_due";
}
