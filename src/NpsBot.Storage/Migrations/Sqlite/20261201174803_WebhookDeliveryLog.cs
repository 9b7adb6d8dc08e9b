using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WebhookDeliveryLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subscription_id = table.Column<long>(type: "INTEGER", nullable: false),
                    event_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_subscription_id_id",
                table: "webhook_deliveries",
                columns: new[] { "subscription_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "webhook_deliveries");
        }
    }
}
