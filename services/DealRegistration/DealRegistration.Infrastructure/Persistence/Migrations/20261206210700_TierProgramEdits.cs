using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealRegistration.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TierProgramEdits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "terms_as_of",
                schema: "dealreg",
                table: "partners",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Until now the days came from the partner's tier changes only.
            migrationBuilder.Sql("UPDATE dealreg.partners SET terms_as_of = tier_as_of");

            migrationBuilder.CreateTable(
                name: "tier_benefits",
                schema: "dealreg",
                columns: table => new
                {
                    tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    protection_days = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tier_benefits", x => x.tier);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partners_tier",
                schema: "dealreg",
                table: "partners",
                column: "tier");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tier_benefits",
                schema: "dealreg");

            migrationBuilder.DropIndex(
                name: "ix_partners_tier",
                schema: "dealreg",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "terms_as_of",
                schema: "dealreg",
                table: "partners");
        }
    }
}
