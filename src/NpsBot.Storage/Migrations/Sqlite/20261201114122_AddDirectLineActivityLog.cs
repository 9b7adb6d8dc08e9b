using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDirectLineActivityLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directline_activities",
                columns: table => new
                {
                    conversation_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    watermark = table.Column<long>(type: "INTEGER", nullable: false),
                    client_activity_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    awaiting_reply = table.Column<bool>(type: "INTEGER", nullable: false),
                    bytes = table.Column<int>(type: "INTEGER", nullable: false),
                    timestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    payload = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directline_activities", x => new { x.conversation_id, x.watermark });
                });

            migrationBuilder.CreateTable(
                name: "directline_conversations",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    watermark = table.Column<long>(type: "INTEGER", nullable: false),
                    bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    greeted = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_activity_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directline_conversations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directline_activities_awaiting",
                table: "directline_activities",
                column: "timestamp",
                filter: "awaiting_reply = 1");

            migrationBuilder.CreateIndex(
                name: "IX_directline_activities_conversation_id_client_activity_id",
                table: "directline_activities",
                columns: new[] { "conversation_id", "client_activity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directline_conversations_last_used_at",
                table: "directline_conversations",
                column: "last_used_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directline_activities");

            migrationBuilder.DropTable(
                name: "directline_conversations");
        }
    }
}
