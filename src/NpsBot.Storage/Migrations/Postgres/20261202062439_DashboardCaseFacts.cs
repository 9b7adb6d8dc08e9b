using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights.CaseFacts;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "response_category",
                table: "cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_channel_id",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_locale",
                table: "cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "response_score",
                table: "cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "response_started_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_theme",
                table: "cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "seconds_to_first_contact",
                table: "cases",
                type: "double precision",
                nullable: true);

            // The facts of the cases already there, then the triggers that keep them (issue 10; see CaseFactTriggers).
            migrationBuilder.Sql(CaseFactTriggers.PostgresRebuildFirst);
            migrationBuilder.Sql(CaseFactTriggers.PostgresCreateFirst);

            migrationBuilder.CreateIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at~",
                table: "cases",
                columns: new[] { "assignee", "seconds_to_first_contact", "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "case_steps", "first_contact_at", "first_contact_due", "resolved_at", "resolution_due", "help_rating", "help_rating_agent_id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_response_started_at_response_category_response_channe~",
                table: "cases",
                columns: new[] { "response_started_at", "response_category", "response_channel_id", "response_locale", "response_theme", "response_score", "case_steps", "assignee", "first_contact_at", "first_contact_due", "resolved_at", "resolution_due", "help_rating", "help_rating_agent_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseFactTriggers.PostgresDrop);

            migrationBuilder.DropIndex(
                name: "IX_cases_assignee_seconds_to_first_contact_response_started_at~",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_response_started_at_response_category_response_channe~",
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
