namespace NpsBot.Recovery.Insights;

/// <summary>
/// Detractors → case opened → first human contact within SLA → resolved → re-surveyed → recovered (re-survey ≥ 7),
/// recovered split by whether a person took part. The re-survey steps are null until the cases table records
/// re-surveys (the desk's re-survey columns); null means "not recorded", never zero.
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
