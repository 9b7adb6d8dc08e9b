using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <summary>
    /// Theme labels without their (source, at) index (issue 13, disk): every reader takes one response's labels through
    /// (response_id, id); no query used it, and it took 45 bytes per conversation on SQLite.
    /// </summary>
    public partial class ThemeLabelsByResponseOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_theme_labels_source_at",
                table: "theme_labels");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_theme_labels_source_at",
                table: "theme_labels",
                columns: new[] { "source", "at" });
        }
    }
}
