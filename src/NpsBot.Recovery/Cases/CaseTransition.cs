namespace NpsBot.Recovery.Cases;

/// <summary>
/// Moves a case to a new status through <see cref="CaseStateMachine"/>, returning the changed case and its event.
/// The first move into progress is the first human contact; resolving needs a root cause and the action taken.
/// </summary>
public static class CaseTransition
{
    public static (SupportCase Case, CaseEvent Event) Move(
        SupportCase current, string to, string actor, DateTimeOffset at, string? rootCause = null, string? actionTaken = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!CaseStateMachine.CanMove(current.Status, to))
        {
            throw new InvalidOperationException($"A case cannot go from {current.Status} to {to}.");
        }

        if (to == CaseStatus.Resolved && (string.IsNullOrWhiteSpace(rootCause) || string.IsNullOrWhiteSpace(actionTaken)))
        {
            throw new ArgumentException("Resolving a case needs a root cause and the action taken.");
        }

        var moved = current with
        {
            Status = to,
            FirstContactAt = current.FirstContactAt ?? (to == CaseStatus.InProgress ? at : null),
            ResolvedAt = CaseStatus.IsClosed(to) ? at : null,
            RootCause = rootCause ?? current.RootCause,
            ActionTaken = actionTaken ?? current.ActionTaken,
            Assignee = to == CaseStatus.InProgress && current.Assignee is null ? actor : current.Assignee,
            UpdatedAt = at,
        };
        return (moved, new CaseEvent(current.CaseKey, CaseEventKinds.StatusChanged, actor, at, MoveDetail(current.Status, to)));
    }

    /// <summary>A "status_changed" event's detail: "from -> to", then ": note" when the move has one (read back by <see cref="MovedTo"/>).</summary>
    public static string MoveDetail(string from, string to, string? note = null) =>
        note is null ? $"{from}{Arrow}{to}" : $"{from}{Arrow}{to}: {note}";

    private const string Arrow = " -> ";

    /// <summary>
    /// The status a "status_changed" event moved its case to (its detail is "from -> to", with ": note" after it when
    /// the move has one); null for any other event.
    /// </summary>
    public static string? MovedTo(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        if (caseEvent.Kind != CaseEventKinds.StatusChanged || caseEvent.Detail is not { } detail)
        {
            return null;
        }

        var arrow = detail.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow < 0)
        {
            return null;
        }

        var to = detail[(arrow + Arrow.Length)..];
        return to.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? to[..colon] : to;
    }
}
