namespace NpsBot.Recovery.Integrations;

/// <summary>The events a webhook subscription can ask for.</summary>
public static class WebhookEvents
{
    /// <summary>A survey response was recorded in full (sent again, with the same event id, if a later turn completes it again).</summary>
    public const string ResponseRecorded = "response.recorded";

    /// <summary>A recovery case was opened.</summary>
    public const string CaseOpened = "case.opened";

    /// <summary>A customer was handed over to a person (asked for one, an escalation cue, the callback remedy...).</summary>
    public const string HandoffRequested = "handoff.requested";

    /// <summary>A recovery case was resolved.</summary>
    public const string CaseResolved = "case.resolved";

    /// <summary>A follow-up survey of a closed case scored 7 or more: the detractor came back.</summary>
    public const string ResponseRecovered = "response.recovered";

    public static IReadOnlyList<string> All { get; } = [ResponseRecorded, CaseOpened, HandoffRequested, CaseResolved, ResponseRecovered];
}
