using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Case events indexed by their case alone (issue 13, disk): every reader takes one case's few events and orders them
    /// in place, so `at` in the index (27 bytes an event on SQLite) served no seek.
    /// </summary>
    public partial class CaseEventsByCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_events_case_key_at",
                table: "case_events");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_key",
                table: "case_events",
                column: "case_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_events_case_key",
                table: "case_events");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_key_at",
                table: "case_events",
                columns: new[] { "case_key", "at" });
        }
    }
}
