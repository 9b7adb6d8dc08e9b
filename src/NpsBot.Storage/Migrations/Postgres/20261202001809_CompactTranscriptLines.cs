using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Transcripts;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompactTranscriptLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-edited (issue 13, disk): the conversion SQL is in TranscriptLinesMigrationSql; keep it when regenerating.
            // The identity column numbers the existing rows as it is added.
            migrationBuilder.AddColumn<long>(
                name: "number",
                table: "conversations",
                type: "bigint",
                nullable: false)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.Sql(TranscriptLinesMigrationSql.PostgresConversationsForOrphanLines);

            migrationBuilder.CreateIndex(
                name: "IX_conversations_number",
                table: "conversations",
                column: "number",
                unique: true);

            migrationBuilder.AddColumn<long>(
                name: "conversation_number",
                table: "transcript_entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(TranscriptLinesMigrationSql.PostgresConvertLines);

            migrationBuilder.DropIndex(
                name: "IX_transcript_entries_conversation_key",
                table: "transcript_entries");

            migrationBuilder.DropColumn(
                name: "conversation_key",
                table: "transcript_entries");

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_number",
                table: "transcript_entries",
                column: "conversation_number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_transcript_entries_conversation_number",
                table: "transcript_entries");

            migrationBuilder.AddColumn<string>(
                name: "conversation_key",
                table: "transcript_entries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(TranscriptLinesMigrationSql.PostgresConvertLinesDown);

            migrationBuilder.DropColumn(
                name: "conversation_number",
                table: "transcript_entries");

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_key",
                table: "transcript_entries",
                column: "conversation_key");

            migrationBuilder.DropIndex(
                name: "IX_conversations_number",
                table: "conversations");

            migrationBuilder.DropColumn(
                name: "number",
                table: "conversations");
        }
    }
}
