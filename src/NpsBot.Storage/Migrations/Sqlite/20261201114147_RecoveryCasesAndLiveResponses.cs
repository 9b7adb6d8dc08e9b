using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecoveryCasesAndLiveResponses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateTime>(
                name: "completed_at",
                table: "survey_responses",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "case_key",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "confirmed_theme",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "escalation_reasons",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handoff_reason",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "remedies_offered",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "remedy",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_key",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "theme_changed",
                table: "survey_responses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "theme_guess",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "updated_at",
                table: "survey_responses",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    response_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    customer_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    priority = table.Column<int>(type: "INTEGER", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: true),
                    theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    escalation_reasons = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    handoff_reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    remedies_offered = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    remedy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    package_json = table.Column<string>(type: "TEXT", nullable: true),
                    assignee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    opened_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    first_contact_due = table.Column<DateTime>(type: "TEXT", nullable: false),
                    resolution_due = table.Column<DateTime>(type: "TEXT", nullable: false),
                    first_contact_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    resolved_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    root_cause = table.Column<string>(type: "TEXT", nullable: true),
                    action_taken = table.Column<string>(type: "TEXT", nullable: true),
                    overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_outcome_updated_at",
                table: "survey_responses",
                columns: new[] { "outcome", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_response_key",
                table: "survey_responses",
                column: "response_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_updated_at",
                table: "survey_responses",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_key_at",
                table: "case_events",
                columns: new[] { "case_key", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_key",
                table: "cases",
                column: "case_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_channel_id_customer_id",
                table: "cases",
                columns: new[] { "channel_id", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_status_priority_first_contact_due",
                table: "cases",
                columns: new[] { "status", "priority", "first_contact_due" });

            // Rows written before this migration were complete when stored: their last answer is their completion.
            migrationBuilder.Sql("UPDATE survey_responses SET updated_at = completed_at WHERE completed_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_outcome_updated_at",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_response_key",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_updated_at",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "case_key",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "confirmed_theme",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "escalation_reasons",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "handoff_reason",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "remedies_offered",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "remedy",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "response_key",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "theme_changed",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "theme_guess",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "survey_responses");

            migrationBuilder.AlterColumn<DateTime>(
                name: "completed_at",
                table: "survey_responses",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
