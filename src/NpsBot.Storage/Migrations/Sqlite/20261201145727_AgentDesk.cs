using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgentDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "follow_up_of_case_key",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assignee_name",
                table: "cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "business_first_contact_seconds",
                table: "cases",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "business_resolution_seconds",
                table: "cases",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "first_contact_seconds",
                table: "cases",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "follow_up_at",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "follow_up_due_at",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "follow_up_response_key",
                table: "cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "follow_up_score",
                table: "cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "help_rated_at",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "help_rating",
                table: "cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "help_rating_agent_id",
                table: "cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "help_rating_agent_name",
                table: "cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "helped_by_id",
                table: "cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "helped_by_name",
                table: "cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "resolution_seconds",
                table: "cases",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_conversation_key",
                table: "cases",
                column: "conversation_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_conversation_key",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "follow_up_of_case_key",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "assignee_name",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "business_first_contact_seconds",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "business_resolution_seconds",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "first_contact_seconds",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "follow_up_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "follow_up_due_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "follow_up_response_key",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "follow_up_score",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "help_rated_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "help_rating",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "help_rating_agent_id",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "help_rating_agent_name",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "helped_by_id",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "helped_by_name",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "resolution_seconds",
                table: "cases");
        }
    }
}
