using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Configurations;
using NpsBot.Storage.Insights;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The first of three steps to integer times (issue 13, disk; <see cref="IntegerTimes"/>): the dashboard's triggers on
    /// <c>cases</c> and <c>survey_responses</c> dropped, so that <c>IntegerTimes</c> can rebuild the tables (SQLite's
    /// rebuild drops a rebuilt table's triggers, and renaming the new table would find the others reading a table that is
    /// gone for the moment). <c>IntegerTimesRows</c> converts the rows and creates them again. Three migrations because EF
    /// runs a migration's SQL before its table rebuilds; on the way down this one creates the triggers of text times again,
    /// after <c>IntegerTimes</c> has rebuilt the tables with text columns.
    /// </summary>
    public partial class IntegerTimesTriggersOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IntegerTimesMigrationSql.DropTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IntegerTimesMigrationSql.CreateTriggers(SqliteTimes.Text));
        }
    }
}
