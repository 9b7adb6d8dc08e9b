using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Transcripts;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// Transcript search indexes the people's lines only, the customers' and the agents' (issue 13, disk): the bot's
    /// questions are the same in every conversation and were most of the FTS5 index. The index and its triggers are
    /// made again and filled from the stored lines. Raw SQL only: the model is unchanged.
    /// </summary>
    [DbContext(typeof(NpsBotDbContext))]
    [Migration("20261203200000_SearchPeoplesLines")]
    public partial class SearchPeoplesLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TranscriptSearchSql.DropIndex);
            migrationBuilder.Sql(TranscriptSearchSql.CreatePeopleIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TranscriptSearchSql.DropIndex);
            migrationBuilder.Sql(TranscriptSearchSql.CreateIndex);
        }
    }
}
