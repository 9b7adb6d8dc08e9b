using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Transcripts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Transcript lines are indexed for search by their writer, a transaction's lines in one statement before it commits
    /// (issue 13, CPU: the turn store's group commit wrote an FTS5 segment per line through the insert trigger). The
    /// insert trigger goes; the lines already stored stay indexed, and the delete and update triggers stay. Down makes
    /// the index again from the stored lines. PostgreSQL has no such migration: its GIN expression index follows the rows.
    /// Raw SQL only: the model is unchanged.
    /// </summary>
    [DbContext(typeof(NpsBotDbContext))]
    [Migration("20261204000000_IndexLinesAtCommit")]
    public partial class IndexLinesAtCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(TranscriptSearchSql.DropInsertTrigger);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TranscriptSearchSql.DropIndex);
            migrationBuilder.Sql(TranscriptSearchSql.CreatePeopleIndex);
        }
    }
}
