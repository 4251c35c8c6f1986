using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Revenue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MdfClaimWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "claims_closed",
                schema: "revenue",
                table: "mdf_requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "released_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateIndex(
                name: "ix_mdf_requests_claims_open",
                schema: "revenue",
                table: "mdf_requests",
                column: "planned_on",
                filter: "status = 'Approved' AND NOT claims_closed");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mdf_requests_claims_open",
                schema: "revenue",
                table: "mdf_requests");

            migrationBuilder.DropColumn(
                name: "claims_closed",
                schema: "revenue",
                table: "mdf_requests");

            migrationBuilder.DropColumn(
                name: "released_amount",
                schema: "revenue",
                table: "mdf_requests");
        }
    }
}
