using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FatigueLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_customer_id_started_at",
                table: "survey_responses",
                columns: new[] { "customer_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_customer_id",
                table: "cases",
                column: "customer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_survey_responses_customer_id_started_at",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_cases_customer_id",
                table: "cases");
        }
    }
}
