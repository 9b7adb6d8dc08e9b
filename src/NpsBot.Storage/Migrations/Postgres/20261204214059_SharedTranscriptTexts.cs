using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
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
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "transcript_texts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    text = table.Column<string>(type: "text", nullable: false)
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
