using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NpsBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DiscountCodePools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "discount_codes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    pool = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    case_key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discount_codes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_discount_codes_pool_case_key",
                table: "discount_codes",
                columns: new[] { "pool", "case_key" });

            migrationBuilder.CreateIndex(
                name: "IX_discount_codes_pool_code",
                table: "discount_codes",
                columns: new[] { "pool", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "discount_codes");
        }
    }
}
