using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The SQLite migrations IntegerTimesTriggersOff, IntegerTimes and IntegerTimesRows (issue 13, disk): times stored as
/// ISO text before them are Unix milliseconds after, nothing else about the rows changes, and the dashboard's triggers
/// (day and period counts, case facts) read the integers; on the way down the times are text again and the triggers
/// read text. The later CaseEventsByCaseId goes up and down with them: an event names its case by id, then by key again.
/// </summary>
public sealed class IntegerTimesMigrationTests : SqliteMigrationTest
{
    private const string Before = "20261205043348_ThemeLabelsByResponseOnly";

    [Fact]
    public async Task Text_times_become_milliseconds_and_the_triggers_read_them()
    {
        await using var context = await OpenAtAsync("old.db", Before);
        await context.Database.ExecuteSqlRawAsync(OldRows, Ct);

        await context.GetService<IMigrator>().MigrateAsync(cancellationToken: Ct);

        Assert.Equal(
            ["conversations integer 1796032800000 1796036400000", "response integer 1796083199500 1796083200250 1796083200250",
             "case integer 1796032800000 1796034600250 1796036400000 1796119200000 1796036400000 1800.25 3",
             "event integer 1796032800000 case 1", "label integer 1796083200250"],
            Rows(context, """
                SELECT 'conversations ' || typeof(created_at) || ' ' || created_at || ' ' || updated_at FROM conversations
                UNION ALL SELECT 'response ' || typeof(started_at) || ' ' || started_at || ' ' || updated_at || ' ' || completed_at FROM survey_responses
                UNION ALL SELECT 'case ' || typeof(opened_at) || ' ' || opened_at || ' ' || first_contact_at || ' ' || first_contact_due
                    || ' ' || resolution_due || ' ' || updated_at || ' ' || seconds_to_first_contact || ' ' || case_steps FROM cases
                UNION ALL SELECT 'event ' || typeof(at) || ' ' || at || ' case ' || (case_id = (SELECT id FROM cases)) FROM case_events
                UNION ALL SELECT 'label ' || typeof(at) || ' ' || at FROM theme_labels
                """));
        var stored = await context.Cases.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(new DateTime(2026, 11, 30, 10, 30, 0, 250, DateTimeKind.Utc), stored.FirstContactAt);
        Assert.Equal(new DateTime(2026, 11, 30, 23, 59, 59, 500, DateTimeKind.Utc), stored.ResponseStartedAt);

        // A response that starts at midnight (1 December, a Tuesday) counts on its own day, week (from Monday 30 November)
        // and month; the first contact moved later is 3,600.5 seconds after opening.
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO survey_responses (response_key, conversation_key, channel_id, category, score, outcome, started_at, updated_at)
            VALUES ('r2', 'webchat|a', 'webchat', 'Promoter', 10, 'completed', 1796083200000, 1796083200000);
            UPDATE cases SET first_contact_at = first_contact_at + 1800250;
            """, Ct);
        Assert.Equal(["2026-11-30 Detractor 1", "2026-12-01 Promoter 1"], Rows(context, "SELECT day || ' ' || category || ' ' || responses FROM response_day_counts ORDER BY day"));
        Assert.Equal(
            ["m 2026-11-01 Detractor 1", "m 2026-12-01 Promoter 1", "w 2026-11-30 Detractor 1", "w 2026-11-30 Promoter 1"],
            Rows(context, "SELECT grain || ' ' || start || ' ' || category || ' ' || responses FROM response_period_counts ORDER BY grain, start, category"));
        Assert.Equal(["3600.5"], Rows(context, "SELECT seconds_to_first_contact FROM cases"));
    }

    [Fact]
    public async Task On_the_way_down_the_times_are_text_again_and_the_triggers_read_text()
    {
        await using var context = await OpenAtAsync("down.db", Before);
        await context.Database.ExecuteSqlRawAsync(OldRows, Ct);
        var migrator = context.GetService<IMigrator>();
        await migrator.MigrateAsync(cancellationToken: Ct);

        await migrator.MigrateAsync(Before, Ct);

        Assert.Equal(
            ["text 2026-11-30 23:59:59.500", "text 2026-11-30 10:30:00.250", "text 2026-11-30 10:00:00.000 case-r1"],
            Rows(context, """
                SELECT typeof(started_at) || ' ' || started_at FROM survey_responses
                UNION ALL SELECT typeof(first_contact_at) || ' ' || first_contact_at FROM cases
                UNION ALL SELECT typeof(at) || ' ' || at || ' ' || case_key FROM case_events
                """));
        Assert.Equal(["14"], Rows(context, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('cases', 'survey_responses')"));
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO survey_responses (response_key, conversation_key, channel_id, category, score, outcome, started_at, updated_at)
            VALUES ('r2', 'webchat|a', 'webchat', 'Promoter', 10, 'completed', '2026-12-01 00:00:00', '2026-12-01 00:00:00');
            UPDATE cases SET first_contact_at = '2026-11-30 11:00:00.5';
            """, Ct);
        Assert.Equal(["2026-11-30 Detractor 1", "2026-12-01 Promoter 1"], Rows(context, "SELECT day || ' ' || category || ' ' || responses FROM response_day_counts ORDER BY day"));
        Assert.Equal(["3600.5"], Rows(context, "SELECT round(seconds_to_first_contact, 3) FROM cases"));
    }

    // Written with the text triggers of that time: the day counts and the case's facts come from them.
    private const string OldRows = """
        INSERT INTO conversations (conversation_key, number, mode, state_json, version, created_at, updated_at)
        VALUES ('webchat|a', 1, 'bot', 'null', 1, '2026-11-30 10:00:00', '2026-11-30 11:00:00');
        INSERT INTO survey_responses (response_key, conversation_key, channel_id, category, score, outcome, started_at, updated_at, completed_at)
        VALUES ('r1', 'webchat|a', 'webchat', 'Detractor', 3, 'completed', '2026-11-30 23:59:59.5', '2026-12-01 00:00:00.2500001', '2026-12-01 00:00:00.2500001');
        INSERT INTO cases (case_key, response_key, conversation_key, channel_id, status, priority, opened_at, first_contact_due,
                           resolution_due, first_contact_at, overdue, updated_at)
        VALUES ('case-r1', 'r1', 'webchat|a', 'webchat', 'open', 2, '2026-11-30 10:00:00', '2026-11-30 11:00:00',
                '2026-12-01 10:00:00', '2026-11-30 10:30:00.25', 0, '2026-11-30 11:00:00');
        INSERT INTO case_events (case_key, kind, actor, at) VALUES ('case-r1', 'opened', 'bot', '2026-11-30 10:00:00');
        INSERT INTO theme_labels (response_id, theme, source, at) VALUES (1, 'delivery', 'offline-model', '2026-12-01 00:00:00.2500001');
        """;

    private static List<string> Rows(NpsBotDbContext context, string sql)
    {
        context.Database.OpenConnection();
        return SqlRows.Strings(context.Database.GetDbConnection(), sql);
    }
}
