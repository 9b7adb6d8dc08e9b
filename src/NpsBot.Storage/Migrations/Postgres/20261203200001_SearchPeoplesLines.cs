using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Dialects;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <summary>
    /// Transcript search indexes the people's lines only, the customers' and the agents' (issue 13, disk), as on SQLite:
    /// the GIN index becomes a partial index, whose condition the search queries repeat. Raw SQL only: the model is
    /// unchanged.
    /// </summary>
    [DbContext(typeof(PostgresDbContext))]
    [Migration("20261203200001_SearchPeoplesLines")]
    public partial class SearchPeoplesLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSql.TranscriptSearchOverPeoplesLines);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresSql.TranscriptSearchOverEveryLine);
    }
}
