using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Revenue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CancelledPayoutsAndWinRateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payouts_partner_id_quarter",
                schema: "revenue",
                table: "payouts");

            migrationBuilder.CreateIndex(
                name: "ix_pipeline_deals_status_closed_on",
                schema: "revenue",
                table: "pipeline_deals",
                columns: new[] { "status", "closed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_payouts_partner_id_quarter",
                schema: "revenue",
                table: "payouts",
                columns: new[] { "partner_id", "quarter" },
                unique: true,
                filter: "status <> 'Cancelled'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_pipeline_deals_status_closed_on",
                schema: "revenue",
                table: "pipeline_deals");

            migrationBuilder.DropIndex(
                name: "ix_payouts_partner_id_quarter",
                schema: "revenue",
                table: "payouts");

            migrationBuilder.CreateIndex(
                name: "ix_payouts_partner_id_quarter",
                schema: "revenue",
                table: "payouts",
                columns: new[] { "partner_id", "quarter" },
                unique: true);
        }
    }
}
