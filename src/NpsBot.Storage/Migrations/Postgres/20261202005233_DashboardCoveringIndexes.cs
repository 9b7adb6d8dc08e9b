using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_response_key",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_category_response_key",
                table: "survey_responses",
                columns: new[] { "category", "response_key" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_response_key_status_assignee_first_contact_at_first_c~",
                table: "cases",
                columns: new[] { "response_key", "status", "assignee", "first_contact_at", "first_contact_due", "resolved_at", "resolution_due", "follow_up_score", "opened_at", "help_rating", "help_rating_agent_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_survey_responses_category_response_key",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_cases_response_key_status_assignee_first_contact_at_first_c~",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_response_key",
                table: "cases",
                column: "response_key");
        }
    }
}
