namespace NpsBot.Recovery.Insights;

/// <summary>One conversation as a manager reviews it: the response, its redacted transcript, its case and its theme labels.</summary>
public interface IConversationViews
{
    /// <summary>Null when no response has this id.</summary>
    Task<ConversationView?> FindAsync(long responseId, CancellationToken cancellationToken);
}

public sealed record ConversationView(
    ResponseRow Response,
    IReadOnlyList<TranscriptLine> Transcript,
    CaseView? Case,
    IReadOnlyList<ThemeLabelView> ThemeLabels);

/// <summary>One line; <see cref="Speaker"/> is customer, bot or agent; text always redacted.</summary>
public sealed record TranscriptLine(DateTimeOffset At, string Speaker, string? Name, string Text);

public sealed record CaseView(
    string Key,
    string Status,
    string? Priority,
    string? Owner,
    string? Remedy,
    string? RootCause,
    string? ActionTaken,
    IReadOnlyList<CaseEventView> Events);

public sealed record CaseEventView(DateTimeOffset At, string Kind, string Actor, string? Detail);
