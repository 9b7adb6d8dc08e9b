using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights.CaseFacts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardCaseStepCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_step_counts",
                columns: table => new
                {
                    case_steps = table.Column<int>(type: "INTEGER", nullable: false),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    assignee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    rating_agent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    cases = table.Column<int>(type: "INTEGER", nullable: false),
                    rated = table.Column<int>(type: "INTEGER", nullable: false),
                    rating_sum = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_step_counts", x => new { x.case_steps, x.category, x.channel_id, x.locale, x.theme, x.score, x.assignee, x.rating_agent });
                });

            // The cells of the cases already there, then the triggers that keep them (issue 10; see CaseStepCountTriggers).
            migrationBuilder.Sql(CaseStepCountTriggers.Rebuild);
            migrationBuilder.Sql(CaseStepCountTriggers.SqliteCreate);

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_steps_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_assignee_first_contact_due_resolution_due_resolved_at",
                table: "cases",
                columns: new[] { "case_steps", "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "assignee", "first_contact_due", "resolution_due", "resolved_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseStepCountTriggers.SqliteDrop);

            migrationBuilder.DropTable(
                name: "case_step_counts");

            migrationBuilder.DropIndex(
                name: "IX_cases_case_steps_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_assignee_first_contact_due_resolution_due_resolved_at",
                table: "cases");
        }
    }
}
