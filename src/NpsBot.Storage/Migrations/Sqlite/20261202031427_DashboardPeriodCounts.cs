using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights;
using NpsBot.Storage.Insights.PeriodCounts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardPeriodCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "response_period_counts",
                columns: table => new
                {
                    grain = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    responses = table.Column<int>(type: "INTEGER", nullable: false),
                    completed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_response_period_counts", x => new { x.grain, x.start, x.channel_id, x.locale, x.theme, x.category, x.score });
                });

            // Hand-written (EF Core has no model for triggers): keep this when the migration is regenerated. The backfill
            // sums the daily rollup (response_day_counts), which its own triggers keep equal to the rows.
            migrationBuilder.Sql(PeriodCountTriggers.SqliteRebuild);
            migrationBuilder.Sql(PeriodCountTriggers.SqliteCreate(SqliteTimes.Text));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PeriodCountTriggers.SqliteDrop);

            migrationBuilder.DropTable(
                name: "response_period_counts");
        }
    }
}
