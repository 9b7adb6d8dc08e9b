using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedTranscriptTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "text_id",
                table: "transcript_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "transcript_texts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transcript_texts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_transcript_texts_text",
                table: "transcript_texts",
                column: "text",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "transcript_texts");

            migrationBuilder.DropColumn(
                name: "text_id",
                table: "transcript_entries");
        }
    }
}
