using NpsBot.Storage.Insights;
using NpsBot.Storage.Insights.CaseFacts;
using NpsBot.Storage.Insights.DayCounts;
using NpsBot.Storage.Insights.PeriodCounts;

namespace NpsBot.Storage.Configurations;

/// <summary>
/// The SQL of the SQLite migration <c>IntegerTimes</c> (<see cref="IntegerTimes"/>), written down as it was that day:
/// the columns it converts, and the dashboard's triggers dropped before the rebuilds and created again after.
/// </summary>
public static class IntegerTimesMigrationSql
{
    /// <summary>Every column the migration converts, by table.</summary>
    private static readonly (string Table, string[] Columns)[] Times =
    [
        ("conversations", ["created_at", "updated_at"]),
        ("survey_responses", ["started_at", "updated_at", "completed_at"]),
        ("cases", ["opened_at", "first_contact_due", "resolution_due", "first_contact_at", "resolved_at", "updated_at",
                   "help_rated_at", "follow_up_due_at", "follow_up_at", "response_started_at"]),
        ("case_events", ["at"]),
        ("theme_labels", ["at"]),
    ];

    /// <summary>The triggers on <c>cases</c> and <c>survey_responses</c> (case facts, case steps, day and period counts).</summary>
    public static string DropTriggers =>
        string.Join(Environment.NewLine, CaseFactTriggers.SqliteDrop, CaseStepCountTriggers.SqliteDrop, DayCountTriggers.SqliteDrop, PeriodCountTriggers.SqliteDrop);

    /// <summary>The same triggers, reading times as <paramref name="times"/> says.</summary>
    public static string CreateTriggers(SqliteTimes times) =>
        string.Join(Environment.NewLine, CaseFactTriggers.SqliteCreate(times), CaseStepCountTriggers.SqliteCreate, DayCountTriggers.SqliteCreate(times), PeriodCountTriggers.SqliteCreate(times));

    /// <summary>
    /// Every stored time as Unix milliseconds. EF's rebuild copies the rows as they are: an ISO text in an INTEGER column
    /// stays text until this rewrites it (to the millisecond; EF's text has ticks). Run with no trigger on the tables.
    /// The case facts are computed again from the converted times (the seconds to first contact exact in milliseconds,
    /// as the new triggers compute them, instead of julianday's differences, 1800.25 for 1800.2500221).
    /// </summary>
    public static string ToMilliseconds =>
        Rewrite("text", SqliteTimes.MillisecondsOfText) + Environment.NewLine + CaseFactTriggers.SqliteRebuild(SqliteTimes.UnixMilliseconds);

    /// <summary>The way back: every stored time as EF's ISO text, to the millisecond.</summary>
    public static string ToText => Rewrite("integer", SqliteTimes.TextOfMilliseconds);

    // One UPDATE per table (one pass over its rows and indexes), each column rewritten where it is stored as said.
    private static string Rewrite(string storedAs, Func<string, string> convert) => string.Join(
        Environment.NewLine,
        Times.Select(table =>
            $"UPDATE {table.Table} SET " +
            string.Join(", ", table.Columns.Select(column => $"{column} = CASE WHEN typeof({column}) = '{storedAs}' THEN {convert(column)} ELSE {column} END")) +
            ";"));
}
