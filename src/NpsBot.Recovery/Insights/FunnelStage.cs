namespace NpsBot.Recovery.Insights;

/// <summary>
/// A step of the recovery funnel a response's case has reached, so a funnel bar opens the responses behind it
/// (query-string names in <see cref="InsightsFilterParser.StageName"/>).
/// </summary>
public enum FunnelStage
{
    /// <summary>A case was opened for the response.</summary>
    CaseOpened,

    /// <summary>A person made first contact by the case's first-contact deadline.</summary>
    ContactWithinSla,

    /// <summary>The case is resolved.</summary>
    Resolved,

    /// <summary>The case is resolved and a person made contact.</summary>
    ResolvedWithPerson,

    /// <summary>The customer answered the re-survey after the case.</summary>
    Resurveyed,

    /// <summary>The re-survey scored 7 or more.</summary>
    Recovered,
}
