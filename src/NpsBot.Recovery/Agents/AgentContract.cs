namespace NpsBot.Recovery.Agents;

/// <summary>The signed-in person acting in the console (from ASP.NET Core Identity claims).</summary>
public sealed record AgentIdentity(string UserId, string DisplayName, bool MayExceedPolicy);

public enum QueueView { Mine, Unassigned, All }

/// <summary>One row of the console's queue (and the header of a case).</summary>
public sealed record QueueEntry(
    string CaseKey,
    string ConversationKey,
    string ChannelId,
    string? CustomerName,
    string Locale,
    int? Score,
    string? Theme,
    IReadOnlyList<string> EscalationReasons,
    string Status,                 // NpsBot.Recovery.Cases.CaseStatus values
    int Priority,                  // higher first
    string? AssigneeId,
    string? AssigneeName,
    bool WaitingForPerson,         // the conversation is handed off (agent mode) and nobody has answered yet
    DateTimeOffset OpenedAt,
    DateTimeOffset FirstContactDue,
    DateTimeOffset ResolutionDue,
    DateTimeOffset? FirstContactAt,
    bool Overdue);

/// <summary>Role: customer, bot, agent, note (internal, never sent to the customer).</summary>
public sealed record TranscriptLine(DateTimeOffset At, string Role, string? AuthorName, string Text, bool Redacted);

public sealed record CaseEventView(DateTimeOffset At, string Kind, string? Actor, string? Detail);

public sealed record EarlierSurvey(DateTimeOffset At, int? Score, string? Theme, string? CaseKey, string? CaseStatus);

public sealed record RemedyChoice(string Code, string Title, bool WithinPolicy);

/// <summary>Everything the console shows about one case. Transcript text is redacted unless the agent holds the case.</summary>
public sealed record CaseDetail(
    QueueEntry Case,
    string? Reason,
    string? FollowUp,
    string? ConfirmedTheme,
    string? ModelTheme,
    string? HandoffReason,
    IReadOnlyList<string> RemediesOffered,
    string? Remedy,
    bool AgentMode,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<CaseEventView> Events,
    IReadOnlyList<EarlierSurvey> EarlierSurveys,
    IReadOnlyList<RemedyChoice> Remedies,
    string Summary,                // suggestion, via Semantic Kernel prompts/handoff-summary.yaml, extractive offline
    string SuggestedReply);        // suggestion, via prompts/suggest-reply.yaml, playbook wording offline

/// <summary>Outcome: resolved or closed_unresolved. RootCause and ActionTaken are required.</summary>
public sealed record Resolution(string Outcome, string RootCause, string ActionTaken, string? Remedy);

public enum AgentActionStatus { Done, NotFound, HeldByAnother, NotHolder, Closed, Invalid, Forbidden }

public sealed record AgentActionResult(AgentActionStatus Status, string? Message = null)
{
    public bool Succeeded => Status == AgentActionStatus.Done;
}

/// <summary>What an agent can do. Every method checks the case's state; the caller has already checked the role.</summary>
public interface IAgentWorkspace
{
    Task<IReadOnlyList<QueueEntry>> QueueAsync(AgentIdentity agent, QueueView view, CancellationToken cancellationToken);
    Task<CaseDetail?> OpenAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken);   // watch (read-only unless held)
    Task<AgentActionResult> ClaimAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken); // one holder; a second claim -> HeldByAnother
    Task<AgentActionResult> ReleaseAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken);
    Task<AgentActionResult> TransferAsync(AgentIdentity agent, string caseKey, string toUserId, string toDisplayName, CancellationToken cancellationToken);
    Task<AgentActionResult> SendAsync(AgentIdentity agent, string caseKey, string text, CancellationToken cancellationToken);  // to the customer's own channel
    Task<AgentActionResult> NoteAsync(AgentIdentity agent, string caseKey, string text, CancellationToken cancellationToken);  // internal note
    Task<AgentActionResult> TypingAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken);
    Task<AgentActionResult> ApplyRemedyAsync(AgentIdentity agent, string caseKey, string remedyCode, CancellationToken cancellationToken);
    Task<AgentActionResult> ResolveAsync(AgentIdentity agent, string caseKey, Resolution resolution, CancellationToken cancellationToken);
    Task<AgentActionResult> GiveBackAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken); // bot says so, asks the rating
}

/// <summary>
/// Live events for consoles, raised by the desk after the change is committed. The desk registers a no-op default
/// with TryAddSingleton; the console's host registers the real one (SignalR hub + in-process subscribers for Blazor
/// circuits) with AddSingleton/Replace.
/// </summary>
public interface IAgentFeed
{
    Task CaseChangedAsync(string caseKey, CancellationToken cancellationToken);   // new handoff/case, claim, release, transfer, status, remedy, resolve
    Task ConversationLineAsync(string caseKey, TranscriptLine line, CancellationToken cancellationToken); // customer, bot or agent line, or note
    Task CustomerTypingAsync(string caseKey, CancellationToken cancellationToken);
}
