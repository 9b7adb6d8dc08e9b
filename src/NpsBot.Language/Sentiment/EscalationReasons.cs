namespace NpsBot.Language.Sentiment;

/// <summary>The reason codes reported with an escalation (stored comma-separated on the response and the case).</summary>
public static class EscalationReasons
{
    public const string PersonRequested = "person_requested";
    public const string Safety = "safety";
    public const string Health = "health";
    public const string Vulnerable = "vulnerable";
    public const string Legal = "legal";
    public const string Damage = "damage";
    public const string RepeatedContact = "repeated_contact";
    public const string ChurnAnger = "churn_anger";
    public const string Abuse = "abuse";

    public static IReadOnlyList<string> All { get; } = [PersonRequested, Safety, Health, Vulnerable, Legal, Damage, RepeatedContact, ChurnAnger, Abuse];
}
