namespace NpsBot.Recovery.Integrations;

/// <summary>The events a webhook subscription can ask for.</summary>
public static class WebhookEvents
{
    /// <summary>A survey response was completed (sent again, with the same event id, if a later turn completes it again).</summary>
    public const string ResponseCompleted = "response.completed";

    /// <summary>A recovery case was opened.</summary>
    public const string CaseOpened = "case.opened";

    /// <summary>A recovery case was resolved.</summary>
    public const string CaseResolved = "case.resolved";

    public static IReadOnlyList<string> All { get; } = [ResponseCompleted, CaseOpened, CaseResolved];
}
