using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Revenue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TierProgramEdits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "terms_as_of",
                schema: "revenue",
                table: "partners",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Until now the terms came from the partner's tier changes only.
            migrationBuilder.Sql("UPDATE revenue.partners SET terms_as_of = tier_as_of");

            migrationBuilder.CreateTable(
                name: "tier_benefits",
                schema: "revenue",
                columns: table => new
                {
                    tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    margin_bonus_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    mdf_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tier_benefits", x => x.tier);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partners_tier",
                schema: "revenue",
                table: "partners",
                column: "tier");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tier_benefits",
                schema: "revenue");

            migrationBuilder.DropIndex(
                name: "ix_partners_tier",
                schema: "revenue",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "terms_as_of",
                schema: "revenue",
                table: "partners");
        }
    }
}
