using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <summary>
    /// One case per response, as the code already opens them (a case's key is "case-" + its response key, kept through
    /// score changes): the unique index the agent's and the funnel steps' figures and pages rely on (issue 10). A
    /// database holding two cases for one response (none written by NpsBot) stops here with a unique-constraint error.
    /// </summary>
    public partial class OneCasePerResponse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_response_key",
                table: "cases",
                column: "response_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_response_key",
                table: "cases");
        }
    }
}
