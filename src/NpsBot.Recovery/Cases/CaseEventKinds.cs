namespace NpsBot.Recovery.Cases;

/// <summary>What a case event records.</summary>
public static class CaseEventKinds
{
    public const string Opened = "opened";
    public const string HandedOff = "handed_off";
    public const string RemedyChosen = "remedy_chosen";
    public const string StatusChanged = "status_changed";
    public const string SlaBreached = "sla_breached";
    public const string ScoreChanged = "score_changed";
    public const string Note = "note";
    public const string RemedyUnavailable = "remedy_unavailable";
    public const string HandoffInitiated = "handoff_initiated";
    public const string HandoffAccepted = "handoff_accepted";
    public const string HandoffFailed = "handoff_failed";
    public const string HandoffCompleted = "handoff_completed";
}
