using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Configurations;
using NpsBot.Storage.Insights;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The last step to integer times (after <c>IntegerTimesTriggersOff</c> and <c>IntegerTimes</c>): every stored time of
    /// the rebuilt tables converted to Unix milliseconds, then the dashboard's triggers created again, reading integers.
    /// </summary>
    public partial class IntegerTimesRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IntegerTimesMigrationSql.ToMilliseconds);
            migrationBuilder.Sql(IntegerTimesMigrationSql.CreateTriggers(SqliteTimes.UnixMilliseconds));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(IntegerTimesMigrationSql.DropTriggers);
            migrationBuilder.Sql(IntegerTimesMigrationSql.ToText);
        }
    }
}
