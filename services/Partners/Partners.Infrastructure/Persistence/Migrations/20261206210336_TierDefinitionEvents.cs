using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TierDefinitionEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "id",
                schema: "partner",
                table: "tier_definitions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.UpdateData(
                schema: "partner",
                table: "tier_definitions",
                keyColumn: "tier",
                keyValue: "Gold",
                column: "id",
                value: new Guid("00000000-0000-7000-8000-000000000003"));

            migrationBuilder.UpdateData(
                schema: "partner",
                table: "tier_definitions",
                keyColumn: "tier",
                keyValue: "Platinum",
                column: "id",
                value: new Guid("00000000-0000-7000-8000-000000000004"));

            migrationBuilder.UpdateData(
                schema: "partner",
                table: "tier_definitions",
                keyColumn: "tier",
                keyValue: "Registered",
                column: "id",
                value: new Guid("00000000-0000-7000-8000-000000000001"));

            migrationBuilder.UpdateData(
                schema: "partner",
                table: "tier_definitions",
                keyColumn: "tier",
                keyValue: "Silver",
                column: "id",
                value: new Guid("00000000-0000-7000-8000-000000000002"));

            migrationBuilder.CreateIndex(
                name: "ix_tier_definitions_id",
                schema: "partner",
                table: "tier_definitions",
                column: "id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tier_definitions_id",
                schema: "partner",
                table: "tier_definitions");

            migrationBuilder.DropColumn(
                name: "id",
                schema: "partner",
                table: "tier_definitions");
        }
    }
}
