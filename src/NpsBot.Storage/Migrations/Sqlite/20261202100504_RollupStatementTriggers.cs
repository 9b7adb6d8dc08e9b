using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Nothing on SQLite: its row-level triggers change a rollup cell in place, so a bulk write stays linear. The
    /// PostgreSQL migration of the same name makes that provider's triggers statement-level.
    /// </summary>
    public partial class RollupStatementTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
