using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AgreementPayoutCurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Agreements signed before multi-currency paid in the one reporting currency, USD in every deployment (ADR 0013).
            migrationBuilder.AddColumn<string>(
                name: "payout_currency",
                schema: "partner",
                table: "agreements",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "USD");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "payout_currency",
                schema: "partner",
                table: "agreements");
        }
    }
}
