using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TranscriptSearchAndThemeLabels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "theme_labels",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    response_id = table.Column<long>(type: "INTEGER", nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    model_version = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    evidence = table.Column<string>(type: "TEXT", nullable: true),
                    confidence = table.Column<double>(type: "REAL", nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_theme_labels", x => x.id);
                    table.ForeignKey(
                        name: "FK_theme_labels_survey_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "survey_responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_theme_labels_response_id_id",
                table: "theme_labels",
                columns: new[] { "response_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_theme_labels_source_at",
                table: "theme_labels",
                columns: new[] { "source", "at" });

            // Transcript search (FTS5 index and its triggers): raw SQL EF Core cannot generate; keep it when regenerating.
            migrationBuilder.Sql(NpsBot.Storage.Transcripts.TranscriptSearchSql.CreateIndex, suppressTransaction: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(NpsBot.Storage.Transcripts.TranscriptSearchSql.DropIndex);

            migrationBuilder.DropTable(
                name: "theme_labels");
        }
    }
}
