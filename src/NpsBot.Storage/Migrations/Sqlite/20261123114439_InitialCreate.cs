using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    conversation_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    customer_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    customer_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    mode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    state_json = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.conversation_key);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    channel_user_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    opted_out = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_surveyed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_activities",
                columns: table => new
                {
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    replies_json = table.Column<string>(type: "TEXT", nullable: false),
                    processed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_activities", x => new { x.conversation_key, x.activity_id });
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    customer_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    customer_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    score = table.Column<int>(type: "INTEGER", nullable: true),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    follow_up_question = table.Column<string>(type: "TEXT", nullable: true),
                    follow_up_answer = table.Column<string>(type: "TEXT", nullable: true),
                    wants_contact = table.Column<bool>(type: "INTEGER", nullable: true),
                    theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    theme_confidence = table.Column<double>(type: "REAL", nullable: true),
                    sentiment = table.Column<double>(type: "REAL", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_responses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "transcript_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    from_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    from_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transcript_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_customers_channel_id_channel_user_id",
                table: "customers",
                columns: new[] { "channel_id", "channel_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_category",
                table: "survey_responses",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_completed_at",
                table: "survey_responses",
                column: "completed_at");

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_key_at",
                table: "transcript_entries",
                columns: new[] { "conversation_key", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "processed_activities");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "transcript_entries");
        }
    }
}
