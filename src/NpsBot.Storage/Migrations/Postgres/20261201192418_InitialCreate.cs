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

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    scope = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    response_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    conversation_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: true),
                    theme = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    escalation_reasons = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    handoff_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    remedies_offered = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    remedy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    package_json = table.Column<string>(type: "text", nullable: true),
                    assignee = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    opened_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    first_contact_due = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    resolution_due = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    first_contact_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    root_cause = table.Column<string>(type: "text", nullable: true),
                    action_taken = table.Column<string>(type: "text", nullable: true),
                    overdue = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    assignee_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    first_contact_seconds = table.Column<double>(type: "double precision", nullable: true),
                    business_first_contact_seconds = table.Column<double>(type: "double precision", nullable: true),
                    resolution_seconds = table.Column<double>(type: "double precision", nullable: true),
                    business_resolution_seconds = table.Column<double>(type: "double precision", nullable: true),
                    helped_by_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    helped_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    help_rating = table.Column<int>(type: "integer", nullable: true),
                    help_rating_agent_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    help_rating_agent_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    help_rated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    follow_up_due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    follow_up_response_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    follow_up_score = table.Column<int>(type: "integer", nullable: true),
                    follow_up_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "console_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "console_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    disabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    conversation_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    conversation_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    customer_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    customer_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    state_json = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.conversation_key);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel_user_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    aad_object_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    tenant_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    opted_out = table.Column<bool>(type: "boolean", nullable: false),
                    last_surveyed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directline_activities",
                columns: table => new
                {
                    conversation_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    watermark = table.Column<long>(type: "bigint", nullable: false),
                    client_activity_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    awaiting_reply = table.Column<bool>(type: "boolean", nullable: false),
                    bytes = table.Column<int>(type: "integer", nullable: false),
                    timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directline_activities", x => new { x.conversation_id, x.watermark });
                });

            migrationBuilder.CreateTable(
                name: "directline_conversations",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    user_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    watermark = table.Column<long>(type: "bigint", nullable: false),
                    bytes = table.Column<long>(type: "bigint", nullable: false),
                    greeted = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_activity_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directline_conversations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "discount_codes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    pool = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    code = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    case_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discount_codes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_activities",
                columns: table => new
                {
                    conversation_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    replies_json = table.Column<string>(type: "text", nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_activities", x => new { x.conversation_key, x.activity_id });
                });

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
                name: "survey_invites",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recipient = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    refusal = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    deferral = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    delivery_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_invites", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    conversation_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    channel_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    customer_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    locale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    score = table.Column<int>(type: "integer", nullable: true),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    follow_up_question = table.Column<string>(type: "text", nullable: true),
                    follow_up_answer = table.Column<string>(type: "text", nullable: true),
                    wants_contact = table.Column<bool>(type: "boolean", nullable: true),
                    theme = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    theme_confidence = table.Column<double>(type: "double precision", nullable: true),
                    theme_guess = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    confirmed_theme = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    theme_changed = table.Column<bool>(type: "boolean", nullable: true),
                    sentiment = table.Column<double>(type: "double precision", nullable: true),
                    escalation_reasons = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    remedies_offered = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    remedy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    handoff_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    case_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    follow_up_of_case_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    event_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_responses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "transcript_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversation_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    raw_text = table.Column<string>(type: "text", nullable: true),
                    from_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    from_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transcript_entries", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "webhook_subscriptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    events = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    protected_secret = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    disabled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "work_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    order_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "console_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_console_role_claims_console_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "console_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_console_user_claims_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_console_user_logins_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_console_user_roles_console_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "console_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_console_user_roles_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "console_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_console_user_tokens_console_users_UserId",
                        column: x => x.UserId,
                        principalTable: "console_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_key_id",
                table: "api_keys",
                column: "key_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_key_at",
                table: "case_events",
                columns: new[] { "case_key", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_key",
                table: "cases",
                column: "case_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_channel_id_customer_id",
                table: "cases",
                columns: new[] { "channel_id", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_conversation_key",
                table: "cases",
                column: "conversation_key");

            migrationBuilder.CreateIndex(
                name: "IX_cases_response_key",
                table: "cases",
                column: "response_key");

            migrationBuilder.CreateIndex(
                name: "IX_cases_status_priority_first_contact_due",
                table: "cases",
                columns: new[] { "status", "priority", "first_contact_due" });

            migrationBuilder.CreateIndex(
                name: "IX_console_role_claims_RoleId",
                table: "console_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "console_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_console_user_claims_UserId",
                table: "console_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_console_user_logins_UserId",
                table: "console_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_console_user_roles_RoleId",
                table: "console_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "console_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "console_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_channel_id_channel_user_id",
                table: "customers",
                columns: new[] { "channel_id", "channel_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directline_activities_awaiting",
                table: "directline_activities",
                column: "timestamp",
                filter: "awaiting_reply");

            migrationBuilder.CreateIndex(
                name: "IX_directline_activities_conversation_id_client_activity_id",
                table: "directline_activities",
                columns: new[] { "conversation_id", "client_activity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directline_conversations_last_used_at",
                table: "directline_conversations",
                column: "last_used_at");

            migrationBuilder.CreateIndex(
                name: "IX_discount_codes_pool_case_key",
                table: "discount_codes",
                columns: new[] { "pool", "case_key" });

            migrationBuilder.CreateIndex(
                name: "IX_discount_codes_pool_code",
                table: "discount_codes",
                columns: new[] { "pool", "code" },
                unique: true);

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
                name: "IX_survey_invites_channel_id_recipient",
                table: "survey_invites",
                columns: new[] { "channel_id", "recipient" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_invites_created_at",
                table: "survey_invites",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_survey_invites_event_id",
                table: "survey_invites",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_category",
                table: "survey_responses",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_completed_at",
                table: "survey_responses",
                column: "completed_at");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_event_id",
                table: "survey_responses",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_outcome_updated_at",
                table: "survey_responses",
                columns: new[] { "outcome", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_response_key",
                table: "survey_responses",
                column: "response_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_started_at_category_channel_id_locale_them~",
                table: "survey_responses",
                columns: new[] { "started_at", "category", "channel_id", "locale", "theme", "score", "outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_updated_at",
                table: "survey_responses",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "IX_theme_labels_response_id_id",
                table: "theme_labels",
                columns: new[] { "response_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_theme_labels_source_at",
                table: "theme_labels",
                columns: new[] { "source", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_transcript_entries_conversation_key_at",
                table: "transcript_entries",
                columns: new[] { "conversation_key", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_subscription_id_id",
                table: "webhook_deliveries",
                columns: new[] { "subscription_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_subscriptions_disabled_at",
                table: "webhook_subscriptions",
                column: "disabled_at");

            migrationBuilder.CreateIndex(
                name: "IX_work_items_order_key_id",
                table: "work_items",
                columns: new[] { "order_key", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_state_due_at",
                table: "work_items",
                columns: new[] { "state", "due_at" });

            // Transcript search: an accent-folding text search configuration and its GIN index (PostgresSql.CreateTranscriptSearch);
            // EF Core cannot generate them.
            migrationBuilder.Sql(NpsBot.Storage.Dialects.PostgresSql.CreateTranscriptSearch);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "console_role_claims");

            migrationBuilder.DropTable(
                name: "console_user_claims");

            migrationBuilder.DropTable(
                name: "console_user_logins");

            migrationBuilder.DropTable(
                name: "console_user_roles");

            migrationBuilder.DropTable(
                name: "console_user_tokens");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "directline_activities");

            migrationBuilder.DropTable(
                name: "directline_conversations");

            migrationBuilder.DropTable(
                name: "discount_codes");

            migrationBuilder.DropTable(
                name: "processed_activities");

            migrationBuilder.DropTable(
                name: "sms_messages");

            migrationBuilder.DropTable(
                name: "survey_invites");

            migrationBuilder.DropTable(
                name: "theme_labels");

            migrationBuilder.DropTable(
                name: "transcript_entries");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "webhook_subscriptions");

            migrationBuilder.DropTable(
                name: "work_items");

            migrationBuilder.DropTable(
                name: "console_roles");

            migrationBuilder.DropTable(
                name: "console_users");

            migrationBuilder.DropTable(
                name: "survey_responses");
        }
    }
}
