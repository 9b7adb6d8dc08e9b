using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Insights.DayCounts;
using NpsBot.Storage.Insights.PeriodCounts;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <summary>
    /// The dashboard rollups' triggers become statement-level with transition tables (row-level upserts of one cell per
    /// row were quadratic in a bulk write: PostgresRollupTriggers). The cells keep the same figures, so there is no
    /// backfill; Down leaves the statement-level triggers, which the earlier migrations now create too.
    /// </summary>
    public partial class RollupStatementTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (EF Core has no model for triggers): keep this when the migration is regenerated.
            migrationBuilder.Sql(DayCountTriggers.PostgresDrop);
            migrationBuilder.Sql(DayCountTriggers.PostgresCreate);
            migrationBuilder.Sql(PeriodCountTriggers.PostgresDrop);
            migrationBuilder.Sql(PeriodCountTriggers.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
