using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The webhook event "response.completed" is named "response.recorded", as the API's users were told (issue 10):
    /// stored subscriptions are renamed with it, so none stops receiving its responses. Data only: the model is unchanged.
    /// </summary>
    [DbContext(typeof(NpsBotDbContext))]
    [Migration("20261202233000_WebhookEventResponseRecorded")]
    public partial class WebhookEventResponseRecorded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => WebhookEventRenames.Up(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => WebhookEventRenames.Down(migrationBuilder);
    }
}
