using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WaitingLineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_waiting_line",
                table: "cases",
                columns: new[] { "priority", "opened_at", "case_key", "status", "handoff_reason", "first_contact_at" },
                filter: "handoff_reason IS NOT NULL AND first_contact_at IS NULL AND status <> 'resolved' AND status <> 'closed_unresolved'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_waiting_line",
                table: "cases");
        }
    }
}
