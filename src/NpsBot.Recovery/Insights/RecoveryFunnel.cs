namespace NpsBot.Recovery.Insights;

/// <summary>
/// Detractors → case opened → first human contact within SLA → resolved → re-surveyed → recovered (re-survey ≥ 7),
/// recovered split by whether a person took part (made first contact). Re-surveyed counts cases with a follow-up
/// score; the re-survey steps stay nullable for stores that do not record follow-ups (null means "not recorded").
/// </summary>
public sealed record RecoveryFunnel(
    int Detractors,
    int CaseOpened,
    int FirstContactWithinSla,
    int Resolved,
    int? Resurveyed,
    int? Recovered,
    int? RecoveredWithPerson,
    int? RecoveredWithoutPerson)
{
    /// <summary>Resolved cases in which a person made contact (the others were settled by the bot's remedy alone).</summary>
    public int ResolvedWithPerson { get; init; }
}
