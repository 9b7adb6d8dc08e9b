using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProactiveSendsAndSmsDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "event_id",
                table: "survey_responses",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deferral",
                table: "survey_invites",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_status",
                table: "survey_invites",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "due_at",
                table: "survey_invites",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "sent_at",
                table: "survey_invites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "survey_invites",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sms_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_sid = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    error_code = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_event_id",
                table: "survey_responses",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_survey_invites_created_at",
                table: "survey_invites",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_sms_messages_message_sid",
                table: "sms_messages",
                column: "message_sid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_messages_recipient",
                table: "sms_messages",
                column: "recipient");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sms_messages");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_event_id",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_survey_invites_created_at",
                table: "survey_invites");

            migrationBuilder.DropColumn(
                name: "event_id",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "deferral",
                table: "survey_invites");

            migrationBuilder.DropColumn(
                name: "delivery_status",
                table: "survey_invites");

            migrationBuilder.DropColumn(
                name: "due_at",
                table: "survey_invites");

            migrationBuilder.DropColumn(
                name: "sent_at",
                table: "survey_invites");

            migrationBuilder.DropColumn(
                name: "time_zone",
                table: "survey_invites");
        }
    }
}
