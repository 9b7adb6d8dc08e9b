using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights;
using NpsBot.Storage.Insights.CaseFacts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The response's outcome among the case facts (the summary's "completed" under the agent filter counts the agent's
    /// cases), in the agent's covering index; the case facts' triggers again with it; and an index by which the trend
    /// and the themes over time group the weekly or monthly cells without sorting them (issue 10).
    /// </summary>
    public partial class DashboardCaseOutcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id",
                table: "cases");

            migrationBuilder.AddColumn<string>(
                name: "response_outcome",
                table: "cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            // The old triggers out, the outcome copied (that column alone), the triggers that keep it in (CaseFactTriggers).
            migrationBuilder.Sql(CaseFactTriggers.SqliteDrop);
            migrationBuilder.Sql(CaseFactTriggers.OutcomeBackfill);
            migrationBuilder.Sql(CaseFactTriggers.SqliteCreate(SqliteTimes.Text));

            migrationBuilder.CreateIndex(
                name: "IX_response_period_counts_grain_start_category_theme_responses",
                table: "response_period_counts",
                columns: new[] { "grain", "start", "category", "theme", "responses" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id_response_outcome",
                table: "cases",
                columns: new[] { "assignee", "seconds_to_first_contact", "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "case_steps", "first_contact_at", "first_contact_due", "resolved_at", "resolution_due", "help_rating", "help_rating_agent_id", "response_outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseFactTriggers.SqliteDrop);
            migrationBuilder.Sql(CaseStepCountTriggers.SqliteDrop);

            migrationBuilder.DropIndex(
                name: "IX_response_period_counts_grain_start_category_theme_responses",
                table: "response_period_counts");

            migrationBuilder.DropIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id_response_outcome",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "response_outcome",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id",
                table: "cases",
                columns: new[] { "assignee", "seconds_to_first_contact", "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "case_steps", "first_contact_at", "first_contact_due", "resolved_at", "resolution_due", "help_rating", "help_rating_agent_id" });

            // Dropping a column rebuilds the table on SQLite, which drops its triggers: both sets again.
            migrationBuilder.Sql(CaseFactTriggers.SqliteCreateFirst);
            migrationBuilder.Sql(CaseStepCountTriggers.SqliteCreate);
        }
    }
}
