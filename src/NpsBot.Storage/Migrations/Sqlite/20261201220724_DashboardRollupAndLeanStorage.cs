using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights;
using NpsBot.Storage.Insights.DayCounts;
using NpsBot.Storage.Transcripts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardRollupAndLeanStorage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_transcript_entries_conversation_key_at",
                table: "transcript_entries");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_completed_at",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_outcome_updated_at",
                table: "survey_responses");

            migrationBuilder.CreateTable(
                name: "response_day_counts",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    responses = table.Column<int>(type: "INTEGER", nullable: false),
                    completed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_response_day_counts", x => new { x.day, x.channel_id, x.locale, x.theme, x.category, x.score });
                });

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_key",
                table: "transcript_entries",
                column: "conversation_key");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_customer_id_started_at",
                table: "survey_responses",
                columns: new[] { "customer_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_customer_id",
                table: "cases",
                column: "customer_id");

            // Hand-written (EF Core has no model for triggers): keep this when the migration is regenerated.
            migrationBuilder.Sql(DayCountTriggers.SqliteRebuild(SqliteTimes.Text));
            migrationBuilder.Sql(DayCountTriggers.SqliteCreate(SqliteTimes.Text));

            // The FTS5 index again, without its per-line size table (columnsize = 0), rebuilt from the stored lines.
            migrationBuilder.Sql(TranscriptSearchSql.DropIndex);
            migrationBuilder.Sql(TranscriptSearchSql.CreateIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DayCountTriggers.SqliteDrop);

            migrationBuilder.DropTable(
                name: "response_day_counts");

            migrationBuilder.DropIndex(
                name: "IX_transcript_entries_conversation_key",
                table: "transcript_entries");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_customer_id_started_at",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_cases_customer_id",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_key_at",
                table: "transcript_entries",
                columns: new[] { "conversation_key", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_completed_at",
                table: "survey_responses",
                column: "completed_at");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_outcome_updated_at",
                table: "survey_responses",
                columns: new[] { "outcome", "updated_at" });
        }
    }
}
