namespace NpsBot.Language.Sentiment;

/// <summary>The reason codes reported with an escalation.</summary>
public static class EscalationReasons
{
    public const string Legal = "legal";
    public const string Safety = "safety";
    public const string ChurnAnger = "churn-anger";
    public const string RepeatedContact = "repeated-contact";
    public const string Abuse = "abuse";
}
