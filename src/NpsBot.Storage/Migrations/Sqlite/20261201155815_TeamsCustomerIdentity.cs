using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeamsCustomerIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "aad_object_id",
                table: "customers",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "tenant_id",
                table: "customers",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "aad_object_id",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "tenant_id",
                table: "customers");
        }
    }
}
