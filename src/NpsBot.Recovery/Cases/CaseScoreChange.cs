namespace NpsBot.Recovery.Cases;

/// <summary>
/// The customer confirmed a new score while the case was open. Written with the turn: always a
/// <see cref="CaseEventKinds.ScoreChanged"/> event; when the customer is no longer a detractor
/// (<see cref="CloseIfUntouched"/>) the store closes the case as closed_unresolved with the root cause
/// <see cref="RootCause"/>, but only if no person has touched it (no assignee, no first contact, no event by anyone but
/// the bot or the system); otherwise the case stays open with a note.
/// </summary>
public sealed record CaseScoreChange(string CaseKey, int OldScore, int NewScore, bool CloseIfUntouched, DateTimeOffset At)
{
    public const string RootCause = "score changed by customer";
}
