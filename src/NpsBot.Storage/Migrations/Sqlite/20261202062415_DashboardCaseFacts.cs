using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights.CaseFacts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardCaseFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "case_steps",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "response_category",
                table: "cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_channel_id",
                table: "cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_locale",
                table: "cases",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "response_score",
                table: "cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "response_started_at",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_theme",
                table: "cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "seconds_to_first_contact",
                table: "cases",
                type: "REAL",
                nullable: true);

            // The facts of the cases already there, then the triggers that keep them (issue 10; see CaseFactTriggers).
            migrationBuilder.Sql(CaseFactTriggers.SqliteRebuildFirst);
            migrationBuilder.Sql(CaseFactTriggers.SqliteCreateFirst);

            migrationBuilder.CreateIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id",
                table: "cases",
                columns: new[] { "assignee", "seconds_to_first_contact", "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "case_steps", "first_contact_at", "first_contact_due", "resolved_at", "resolution_due", "help_rating", "help_rating_agent_id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_assignee_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id",
                table: "cases",
                columns: new[] { "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "case_steps", "assignee", "first_contact_at", "first_contact_due", "resolved_at", "resolution_due", "help_rating", "help_rating_agent_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseFactTriggers.SqliteDrop);

            migrationBuilder.DropIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_response_started_at_response_category_response_channel_id_response_locale_response_theme_response_score_case_steps_assignee_first_contact_at_first_contact_due_resolved_at_resolution_due_help_rating_help_rating_agent_id",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "case_steps",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "response_category",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "response_channel_id",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "response_locale",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "response_score",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "response_started_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "response_theme",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "seconds_to_first_contact",
                table: "cases");
        }
    }
}
