using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_started_at_category_channel_id_locale_theme_score_outcome",
                table: "survey_responses",
                columns: new[] { "started_at", "category", "channel_id", "locale", "theme", "score", "outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_response_key",
                table: "cases",
                column: "response_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_survey_responses_started_at_category_channel_id_locale_theme_score_outcome",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_cases_response_key",
                table: "cases");
        }
    }
}
