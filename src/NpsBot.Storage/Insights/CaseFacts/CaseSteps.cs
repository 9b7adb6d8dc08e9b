using NpsBot.Recovery.Cases;

namespace NpsBot.Storage.Insights.CaseFacts;

/// <summary>
/// The bits of <c>cases.case_steps</c>: where a case stands, from its own columns, for the figures that do not depend on
/// the time of asking (funnel steps, SLA met or missed once the clock stopped). Set by <see cref="CaseFactTriggers"/>
/// (the same conditions in SQL for both providers); the figures group by it instead of comparing times on every row.
/// </summary>
public static class CaseSteps
{
    /// <summary>A person made first contact (<c>first_contact_at</c> set).</summary>
    public const int Contacted = 1;

    /// <summary>First contact at or before <c>first_contact_due</c>.</summary>
    public const int ContactWithinSla = 2;

    /// <summary>First contact after <c>first_contact_due</c>.</summary>
    public const int ContactLate = 4;

    /// <summary>Status resolved.</summary>
    public const int Resolved = 8;

    /// <summary>Status resolved or closed unresolved (no longer open).</summary>
    public const int Closed = 16;

    /// <summary><c>resolved_at</c> at or before <c>resolution_due</c>.</summary>
    public const int ResolvedWithinSla = 32;

    /// <summary><c>resolved_at</c> after <c>resolution_due</c>.</summary>
    public const int ResolvedLate = 64;

    /// <summary>The follow-up survey's score is known.</summary>
    public const int Resurveyed = 128;

    /// <summary>The follow-up score is 7 or more (a passive or promoter now).</summary>
    public const int Recovered = 256;

    /// <summary>The SQL that computes the bits from a row named <paramref name="row"/> (NEW, or a table name), both providers.</summary>
    public static string Sql(string row) => $"""
        (CASE WHEN {row}.first_contact_at IS NOT NULL THEN {Contacted} ELSE 0 END
         + CASE WHEN {row}.first_contact_at <= {row}.first_contact_due THEN {ContactWithinSla} ELSE 0 END
         + CASE WHEN {row}.first_contact_at > {row}.first_contact_due THEN {ContactLate} ELSE 0 END
         + CASE WHEN {row}.status = '{CaseStatus.Resolved}' THEN {Resolved} ELSE 0 END
         + CASE WHEN {row}.status IN ('{CaseStatus.Resolved}', '{CaseStatus.ClosedUnresolved}') THEN {Closed} ELSE 0 END
         + CASE WHEN {row}.resolved_at <= {row}.resolution_due THEN {ResolvedWithinSla} ELSE 0 END
         + CASE WHEN {row}.resolved_at > {row}.resolution_due THEN {ResolvedLate} ELSE 0 END
         + CASE WHEN {row}.follow_up_score IS NOT NULL THEN {Resurveyed} ELSE 0 END
         + CASE WHEN {row}.follow_up_score >= 7 THEN {Recovered} ELSE 0 END)
        """;
}
