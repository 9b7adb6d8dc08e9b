using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Desk;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <summary>
    /// A case event names its case by the case's id instead of its key (issue 13, disk; <see cref="CaseEventsByCaseIdSql"/>).
    /// </summary>
    public partial class CaseEventsByCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "case_id",
                table: "case_events",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(CaseEventsByCaseIdSql.Fill);

            migrationBuilder.DropIndex(
                name: "IX_case_events_case_key",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "case_key",
                table: "case_events");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_id",
                table: "case_events",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "case_key",
                table: "case_events",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(CaseEventsByCaseIdSql.FillKeys);

            migrationBuilder.DropIndex(
                name: "IX_case_events_case_id",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "case_id",
                table: "case_events");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_key",
                table: "case_events",
                column: "case_key");
        }
    }
}
