namespace NpsBot.Recovery.Cases;

/// <summary>What a case event records.</summary>
public static class CaseEventKinds
{
    public const string Opened = "opened";
    public const string HandedOff = "handed_off";
    public const string RemedyChosen = "remedy_chosen";
    public const string StatusChanged = "status_changed";
    public const string SlaBreached = "sla_breached";
}
