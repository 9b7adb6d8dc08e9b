using Microsoft.EntityFrameworkCore.Migrations;

namespace NpsBot.Storage.Migrations;

/// <summary>The SQL of the WebhookEventResponseRecorded migration, the same on SQLite and PostgreSQL. Frozen: names, not constants.</summary>
internal static class WebhookEventRenames
{
    public static void Up(MigrationBuilder migrationBuilder) => Rename(migrationBuilder, "response.completed", "response.recorded");

    public static void Down(MigrationBuilder migrationBuilder) => Rename(migrationBuilder, "response.recorded", "response.completed");

    // Events are stored comma-separated ("response.completed,case.opened"); no other event name contains either name.
    private static void Rename(MigrationBuilder migrationBuilder, string from, string to) =>
        migrationBuilder.Sql($"UPDATE webhook_subscriptions SET events = REPLACE(events, '{from}', '{to}') WHERE events LIKE '%{from}%';");
}
