using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompactStorage : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_key",
                table: "transcript_entries",
                column: "conversation_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_transcript_entries_conversation_key",
                table: "transcript_entries");

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
