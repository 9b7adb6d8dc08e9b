namespace NpsBot.Language.Escalation;

/// <summary>
/// What the cues read in a complaint (<see cref="EscalationClassifier.Read(string, double)"/>): their reasons (empty when none), and whether
/// a phrase that names a reason without meaning it was blanked (<see cref="EscalationNotMeant"/>), which keeps the
/// escalation model out (<see cref="EscalationRecall.EscalationRecallLayer"/>).
/// </summary>
public sealed record CueReading(IReadOnlyList<string> Reasons, bool NamesAReasonNotMeant);
