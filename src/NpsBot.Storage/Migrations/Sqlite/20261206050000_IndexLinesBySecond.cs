using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Transcripts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Transcript lines are indexed for search once a second and before a search, not at every group commit (issue 13,
    /// CPU): a mark of the last indexed line, and the delete and update triggers limited to lines at or below it (see
    /// <see cref="TranscriptSearchSql.IndexBySecond"/>). Down indexes what is pending and puts the triggers back as they
    /// were. PostgreSQL has no such migration: its GIN expression index follows the rows. Raw SQL only: the model is unchanged.
    /// </summary>
    [DbContext(typeof(NpsBotDbContext))]
    [Migration("20261206050000_IndexLinesBySecond")]
    public partial class IndexLinesBySecond : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(TranscriptSearchSql.IndexBySecond);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(TranscriptSearchSql.IndexAtCommit);
    }
}
