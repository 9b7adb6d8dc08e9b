using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NpsBot.Storage.Tests.Webhooks;

/// <summary>
/// The migration WebhookEventResponseRecorded renames the event "response.completed" to "response.recorded" in stored
/// subscriptions (issue 10's event names), leaving their other events as they were, and back on the way down. The SQL is
/// the same on PostgreSQL, where every test database is migrated through it.
/// </summary>
public sealed class WebhookEventRenameMigrationTests : SqliteMigrationTest
{
    private const string Before = "20261202173940_OneCasePerResponse";
    private const string Rename = "20261202233000_WebhookEventResponseRecorded";

    [Fact]
    public async Task Stored_subscriptions_keep_their_events_under_the_new_name()
    {
        await using var context = await OpenAtAsync("old.db", Before);
        var migrator = context.GetService<IMigrator>();
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO webhook_subscriptions (url, events, protected_secret, created_at, disabled_at)
            VALUES ('https://crm.example.com/a', 'response.completed,case.opened', 's', '2026-12-01 10:00:00', NULL),
                   ('https://crm.example.com/b', 'case.opened,case.resolved', 's', '2026-12-01 10:00:00', NULL),
                   ('https://crm.example.com/c', 'response.completed', 's', '2026-12-01 10:00:00', '2026-12-01 11:00:00');
            """, Ct);

        await migrator.MigrateAsync(Rename, Ct);
        Assert.Equal(["response.recorded,case.opened", "case.opened,case.resolved", "response.recorded"], await EventsAsync(context));

        await migrator.MigrateAsync(Before, Ct);
        Assert.Equal(["response.completed,case.opened", "case.opened,case.resolved", "response.completed"], await EventsAsync(context));
    }

    private static Task<List<string>> EventsAsync(NpsBotDbContext context) =>
        context.Database.SqlQueryRaw<string>("SELECT events AS \"Value\" FROM webhook_subscriptions ORDER BY url").ToListAsync(Ct);
}
