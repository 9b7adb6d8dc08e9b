namespace NpsBot.Recovery.Sla;

/// <summary>The two SLA clocks a "case.sla-check" job checks.</summary>
public static class SlaClocks
{
    public const string FirstContact = "first_contact";
    public const string Resolution = "resolution";
}
