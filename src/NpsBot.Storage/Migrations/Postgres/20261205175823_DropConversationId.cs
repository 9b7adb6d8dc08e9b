using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Postgres
{
    /// <summary>
    /// <c>conversations.conversation_id</c> dropped (issue 13, disk: about 23 bytes a conversation): it said again the
    /// key's last part (<c>bf|7:webchat|&lt;conversation id&gt;</c>, <c>ConversationKeys.Parse</c>) and nothing read it.
    /// </summary>
    public partial class DropConversationId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "conversation_id",
                table: "conversations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "conversation_id",
                table: "conversations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }
    }
}
