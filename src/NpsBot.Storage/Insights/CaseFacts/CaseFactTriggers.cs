namespace NpsBot.Storage.Insights.CaseFacts;

/// <summary>
/// The triggers that keep the case facts on each <c>cases</c> row (issue 10) equal to its response's columns and its own
/// times, for SQLite and PostgreSQL: <c>response_started_at, response_channel_id, response_locale, response_theme,
/// response_category, response_score</c> copied from the <c>survey_responses</c> row with the case's
/// <c>response_key</c> (all null while there is none), <c>seconds_to_first_contact</c> = first contact − opened, and
/// <c>case_steps</c> (<see cref="CaseSteps"/>: where the case stands, from its own status, times and follow-up score).
/// Hand-written because EF Core has no model for triggers; triggers because cases and responses are written by several
/// paths (the turn store's SQL, the desk and recovery stores through EF Core, theme relabels, privacy, retention,
/// seed-demo): whichever transaction writes a case or its response keeps the facts. Created (with a backfill) by the
/// <c>DashboardCaseFacts</c> migration of each provider, and again with the outcome by <c>DashboardCaseOutcome</c>.
/// </summary>
public static class CaseFactTriggers
{
    /// <summary>The facts and the response columns they copy, as each migration created them.</summary>
    private sealed record Columns(string Facts, string Response)
    {
        /// <summary>The response columns of a row (<c>NEW.started_at, NEW.channel_id, ...</c>).</summary>
        public string Prefixed(string row) => Of(row, Response);

        /// <summary>The facts of a row (<c>NEW.response_started_at, ...</c>).</summary>
        public string FactsOf(string row) => Of(row, Facts);

        private static string Of(string row, string columns) => row + "." + columns.Replace(", ", ", " + row + ".", StringComparison.Ordinal);

        public string Nulls => string.Join(", ", Facts.Split(", ").Select(_ => "NULL"));
    }

    private static readonly Columns First = new(
        "response_started_at, response_channel_id, response_locale, response_theme, response_category, response_score",
        "started_at, channel_id, locale, theme, category, score");

    // The response's outcome too (issue 10): the summary's "completed" under the agent filter counts the agent's cases
    // instead of seeking each of their responses by key.
    private static readonly Columns WithOutcome = new(First.Facts + ", response_outcome", First.Response + ", outcome");

    /// <summary>SQLite: the seconds from opening to first contact, as the times are stored (<see cref="SqliteTimes"/>).</summary>
    private static string SqliteSeconds(SqliteTimes times, string row) => times.SecondsBetween($"{row}opened_at", $"{row}first_contact_at");

    /// <summary>The case's own columns the facts are computed from: a write of any of them (or of a fact) runs the trigger.</summary>
    private const string CaseColumns = "response_key, opened_at, first_contact_at, first_contact_due, resolved_at, resolution_due, status, follow_up_score";

    private static readonly string SqliteNewSteps = CaseSteps.Sql("NEW");

    // A case: the facts read from its response whenever the key, the times or the facts themselves are written and differ
    // from what they should be (so a write of the whole row, or of the facts by anything but these triggers, is undone).
    // SQLite's AFTER triggers cannot change NEW: the row is updated again (recursive triggers are off: this does not
    // fire the same trigger again, and the WHEN clause stops the update trigger once the facts are right).
    private static string SqliteCase(Columns c, SqliteTimes times) => $"""
        CREATE TRIGGER case_facts_on_case_insert AFTER INSERT ON cases
        BEGIN
            UPDATE cases SET ({c.Facts}) = (SELECT {c.Response} FROM survey_responses WHERE response_key = NEW.response_key),
                seconds_to_first_contact = {SqliteSeconds(times, "NEW.")}, case_steps = {SqliteNewSteps}
            WHERE id = NEW.id;
        END;

        CREATE TRIGGER case_facts_on_case_update AFTER UPDATE OF {CaseColumns}, {c.Facts}, seconds_to_first_contact, case_steps ON cases
        WHEN ({c.FactsOf("NEW")}) IS NOT (SELECT {c.Response} FROM survey_responses WHERE response_key = NEW.response_key)
          OR NEW.seconds_to_first_contact IS NOT {SqliteSeconds(times, "NEW.")} OR NEW.case_steps IS NOT {SqliteNewSteps}
        BEGIN
            UPDATE cases SET ({c.Facts}) = (SELECT {c.Response} FROM survey_responses WHERE response_key = NEW.response_key),
                seconds_to_first_contact = {SqliteSeconds(times, "NEW.")}, case_steps = {SqliteNewSteps}
            WHERE id = NEW.id;
        END;
        """;

    // A response: its columns copied to the cases with its key; a key that goes (delete, or a key changed) leaves nulls.
    private static string SqliteResponse(Columns c) => $"""
        CREATE TRIGGER case_facts_on_response_insert AFTER INSERT ON survey_responses
        WHEN NEW.response_key IS NOT NULL
        BEGIN
            UPDATE cases SET ({c.Facts}) = ({c.Prefixed("NEW")}) WHERE response_key = NEW.response_key;
        END;

        CREATE TRIGGER case_facts_on_response_delete AFTER DELETE ON survey_responses
        WHEN OLD.response_key IS NOT NULL
        BEGIN
            UPDATE cases SET ({c.Facts}) = ({c.Nulls}) WHERE response_key = OLD.response_key;
        END;

        CREATE TRIGGER case_facts_on_response_update AFTER UPDATE OF response_key, {c.Response} ON survey_responses
        WHEN (OLD.response_key, {c.Prefixed("OLD")}) IS NOT (NEW.response_key, {c.Prefixed("NEW")})
        BEGIN
            UPDATE cases SET ({c.Facts}) = ({c.Nulls})
            WHERE OLD.response_key IS NOT NEW.response_key AND response_key = OLD.response_key;
            UPDATE cases SET ({c.Facts}) = ({c.Prefixed("NEW")}) WHERE response_key = NEW.response_key;
        END;
        """;

    /// <summary>The triggers as <c>DashboardCaseFacts</c> created them (without the outcome).</summary>
    public static string SqliteCreateFirst => SqliteCase(First, SqliteTimes.Text) + Environment.NewLine + SqliteResponse(First);

    /// <summary>The triggers, reading the case's times as stored then (<see cref="SqliteTimes"/>).</summary>
    public static string SqliteCreate(SqliteTimes times) => SqliteCase(WithOutcome, times) + Environment.NewLine + SqliteResponse(WithOutcome);

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS case_facts_on_case_insert;
        DROP TRIGGER IF EXISTS case_facts_on_case_update;
        DROP TRIGGER IF EXISTS case_facts_on_response_insert;
        DROP TRIGGER IF EXISTS case_facts_on_response_delete;
        DROP TRIGGER IF EXISTS case_facts_on_response_update;
        """;

    private static string SqliteRebuildOf(Columns c, SqliteTimes times) => $"""
        UPDATE cases SET ({c.Facts}) = (SELECT {c.Response} FROM survey_responses r WHERE r.response_key = cases.response_key),
            seconds_to_first_contact = {SqliteSeconds(times, "")}, case_steps = {CaseSteps.Sql("cases")};
        """;

    /// <summary>Fills every case's facts (without the outcome) from the rows: <c>DashboardCaseFacts</c>'s backfill.</summary>
    public static string SqliteRebuildFirst => SqliteRebuildOf(First, SqliteTimes.Text);

    /// <summary>Fills every case's facts from the rows (the migration's backfill; a repair).</summary>
    public static string SqliteRebuild(SqliteTimes times) => SqliteRebuildOf(WithOutcome, times);

    /// <summary>
    /// Copies each case's response outcome (<c>DashboardCaseOutcome</c>'s backfill, both providers; run between dropping
    /// the triggers and creating them again, so it writes that column alone).
    /// </summary>
    public const string OutcomeBackfill = """
        UPDATE cases SET response_outcome = (SELECT r.outcome FROM survey_responses r WHERE r.response_key = cases.response_key)
        WHERE response_started_at IS NOT NULL;
        """;

    // PostgreSQL: a BEFORE trigger on cases sets the facts on the row being written (no second update); a response's
    // change touches its cases (SET response_started_at = NULL), which runs that trigger: an AFTER row trigger sees the
    // statement's own changes, so the case reads the response as it now is (or finds none after a delete).
    private static string PostgresCreateOf(Columns c) => $$"""
        CREATE OR REPLACE FUNCTION case_facts_read() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            SELECT {{c.Response}} INTO {{c.FactsOf("NEW")}}
            FROM survey_responses WHERE response_key = NEW.response_key;
            NEW.seconds_to_first_contact := extract(epoch FROM NEW.first_contact_at - NEW.opened_at);
            NEW.case_steps := {{CaseSteps.Sql("NEW")}};
            RETURN NEW;
        END
        $body$;

        CREATE TRIGGER case_facts_on_case_write BEFORE INSERT OR UPDATE OF {{CaseColumns}}, {{c.Facts}}, seconds_to_first_contact, case_steps
        ON cases FOR EACH ROW EXECUTE FUNCTION case_facts_read();

        CREATE OR REPLACE FUNCTION case_facts_follow_response() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP <> 'INSERT' AND OLD.response_key IS NOT NULL THEN
                UPDATE cases SET response_started_at = NULL WHERE response_key = OLD.response_key;
            END IF;
            IF TG_OP <> 'DELETE' AND NEW.response_key IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.response_key IS DISTINCT FROM OLD.response_key) THEN
                UPDATE cases SET response_started_at = NULL WHERE response_key = NEW.response_key;
            END IF;
            RETURN NULL;
        END
        $body$;

        CREATE TRIGGER case_facts_on_response_insert_delete AFTER INSERT OR DELETE ON survey_responses
        FOR EACH ROW EXECUTE FUNCTION case_facts_follow_response();

        CREATE TRIGGER case_facts_on_response_update AFTER UPDATE OF response_key, {{c.Response}} ON survey_responses
        FOR EACH ROW WHEN ((OLD.response_key, {{c.Prefixed("OLD")}}) IS DISTINCT FROM (NEW.response_key, {{c.Prefixed("NEW")}}))
        EXECUTE FUNCTION case_facts_follow_response();
        """;

    /// <summary>The triggers as <c>DashboardCaseFacts</c> created them (without the outcome).</summary>
    public static string PostgresCreateFirst => PostgresCreateOf(First);

    public static string PostgresCreate => PostgresCreateOf(WithOutcome);

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS case_facts_on_response_insert_delete ON survey_responses;
        DROP TRIGGER IF EXISTS case_facts_on_response_update ON survey_responses;
        DROP TRIGGER IF EXISTS case_facts_on_case_write ON cases;
        DROP FUNCTION IF EXISTS case_facts_follow_response();
        DROP FUNCTION IF EXISTS case_facts_read();
        """;

    private static string PostgresRebuildOf(Columns c) => $"""
        UPDATE cases c SET ({c.Facts}) = ({c.Prefixed("r")})
        FROM survey_responses r WHERE r.response_key = c.response_key;
        UPDATE cases SET seconds_to_first_contact = extract(epoch FROM first_contact_at - opened_at), case_steps = {CaseSteps.Sql("cases")};
        """;

    /// <summary><c>DashboardCaseFacts</c>'s backfill (without the outcome).</summary>
    public static string PostgresRebuildFirst => PostgresRebuildOf(First);

    public static string PostgresRebuild => PostgresRebuildOf(WithOutcome);
}
