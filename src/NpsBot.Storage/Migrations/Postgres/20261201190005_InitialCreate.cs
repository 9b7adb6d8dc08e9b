using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Transcript search folds accents with unaccent (see PostgresSql.TranscriptMatchingLines); EF Core cannot generate it.
            migrationBuilder.Sql(NpsBot.Storage.Dialects.PostgresSql.CreateTranscriptSearch);

            migrationBuilder.AddColumn<string>(
                name: "event_id",
                table: "survey_responses",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deferral",
                table: "survey_invites",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_status",
                table: "survey_invites",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "due_at",
                table: "survey_invites",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "sent_at",
                table: "survey_invites",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "survey_invites",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sms_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_sid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recipient = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    error_code = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "theme_labels",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<long>(type: "bigint", nullable: false),
                    theme = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    model_version = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    evidence = table.Column<string>(type: "text", nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: true),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_theme_labels", x => x.id);
                    table.ForeignKey(
                        name: "FK_theme_labels_survey_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "survey_responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subscription_id = table.Column<long>(type: "bigint", nullable: false),
                    event_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    event_type = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    error = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_event_id",
                table: "survey_responses",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_started_at_category_channel_id_locale_them~",
                table: "survey_responses",
                columns: new[] { "started_at", "category", "channel_id", "locale", "theme", "score", "outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_invites_created_at",
                table: "survey_invites",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_cases_response_key",
                table: "cases",
                column: "response_key");

            migrationBuilder.CreateIndex(
                name: "IX_sms_messages_message_sid",
                table: "sms_messages",
                column: "message_sid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_messages_recipient",
                table: "sms_messages",
                column: "recipient");

            migrationBuilder.CreateIndex(
                name: "IX_theme_labels_response_id_id",
                table: "theme_labels",
                columns: new[] { "response_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_theme_labels_source_at",
                table: "theme_labels",
                columns: new[] { "source", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_subscription_id_id",
                table: "webhook_deliveries",
                columns: new[] { "subscription_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sms_messages");

            migrationBuilder.DropTable(
                name: "theme_labels");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_event_id",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_survey_responses_started_at_category_channel_id_locale_them~",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_survey_invites_created_at",
                table: "survey_invites");

            migrationBuilder.DropIndex(
                name: "IX_cases_response_key",
                table: "cases");

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
