using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Desk;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// A case event names its case by the case's id instead of its key (issue 13, disk: about 70 bytes a conversation in
    /// the rows and their index). Written as SQL (<see cref="CaseEventsByCaseIdSql"/>): the column is added, filled from
    /// <c>cases</c> and the key's column dropped in place (SQLite's <c>ADD COLUMN</c> and <c>DROP COLUMN</c>), in this order;
    /// EF's operations would rebuild the table after the SQL that fills the column.
    /// </summary>
    public partial class CaseEventsByCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseEventsByCaseIdSql.SqliteUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CaseEventsByCaseIdSql.SqliteDown);
        }
    }
}
