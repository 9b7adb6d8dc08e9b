using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights.CaseFacts;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
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
                    case_steps = table.Column<int>(type: "integer", nullable: false),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    theme = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    assignee = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    rating_agent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    cases = table.Column<int>(type: "integer", nullable: false),
                    rated = table.Column<int>(type: "integer", nullable: false),
                    rating_sum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_step_counts", x => new { x.case_steps, x.category, x.channel_id, x.locale, x.theme, x.score, x.assignee, x.rating_agent });
                });

            // The cells of the cases already there, then the triggers that keep them (issue 10; see CaseStepCountTriggers).
            migrationBuilder.Sql(CaseStepCountTriggers.Rebuild);
            migrationBuilder.Sql(CaseStepCountTriggers.PostgresCreate);

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_steps_response_started_at_response_category_resp~",
                table: "cases",
                columns: new[] { "case_steps", "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "assignee", "first_contact_due", "resolution_due", "resolved_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseStepCountTriggers.PostgresDrop);

            migrationBuilder.DropTable(
                name: "case_step_counts");

            migrationBuilder.DropIndex(
                name: "IX_cases_case_steps_response_started_at_response_category_resp~",
                table: "cases");
        }
    }
}
