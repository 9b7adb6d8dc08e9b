using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Channel and locale added at the end of the week and month cells' covering index (issue 10): under a channel or a
    /// locale filter the weekly trend and the themes over time were looking up each of the 112,511 week cells at 1M
    /// responses in the table for its channel or locale (347 ms p95); now the index alone answers them. One index rather
    /// than one led by channel and one by locale: the triggers keep one index fewer up to date at every response.
    /// </summary>
    public partial class PeriodCellsByChannelAndLocale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_response_period_counts_grain_start_category_theme_responses",
                table: "response_period_counts");

            migrationBuilder.CreateIndex(
                name: "IX_response_period_counts_grain_start_category_theme_responses_channel_id_locale",
                table: "response_period_counts",
                columns: new[] { "grain", "start", "category", "theme", "responses", "channel_id", "locale" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_response_period_counts_grain_start_category_theme_responses_channel_id_locale",
                table: "response_period_counts");

            migrationBuilder.CreateIndex(
                name: "IX_response_period_counts_grain_start_category_theme_responses",
                table: "response_period_counts",
                columns: new[] { "grain", "start", "category", "theme", "responses" });
        }
    }
}
