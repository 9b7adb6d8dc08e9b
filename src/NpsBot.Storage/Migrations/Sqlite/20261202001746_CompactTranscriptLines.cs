using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Transcripts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompactTranscriptLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-edited (issue 13, disk): the conversion SQL is in TranscriptLinesMigrationSql; keep it when regenerating.
            migrationBuilder.AddColumn<long>(
                name: "number",
                table: "conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(TranscriptLinesMigrationSql.SqliteNumberConversations);

            migrationBuilder.CreateIndex(
                name: "IX_conversations_number",
                table: "conversations",
                column: "number",
                unique: true);

            migrationBuilder.Sql(TranscriptSearchSql.DropIndex);
            migrationBuilder.Sql(TranscriptLinesMigrationSql.SqliteRebuildLines);

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_number",
                table: "transcript_entries",
                column: "conversation_number");

            migrationBuilder.Sql(TranscriptSearchSql.CreateIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TranscriptSearchSql.DropIndex);
            migrationBuilder.Sql(TranscriptLinesMigrationSql.SqliteRebuildLinesDown);

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_key",
                table: "transcript_entries",
                column: "conversation_key");

            migrationBuilder.Sql(TranscriptSearchSql.CreateIndex);

            migrationBuilder.DropIndex(
                name: "IX_conversations_number",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "number",
                table: "conversations");
        }
    }
}
