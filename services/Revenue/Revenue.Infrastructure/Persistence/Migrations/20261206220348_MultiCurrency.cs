using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Revenue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MultiCurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payouts_partner_id_quarter",
                schema: "revenue",
                table: "payouts");

            migrationBuilder.AlterColumn<decimal>(
                name: "won_value",
                schema: "revenue",
                table: "pipeline_deals",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "estimated_value",
                schema: "revenue",
                table: "pipeline_deals",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "actual_value",
                schema: "revenue",
                table: "pending_wins",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "compensation_total",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "clawback_total",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "adjustment_total",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "requested_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "released_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "claimed_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "approved_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "budget_currency",
                schema: "revenue",
                table: "mdf_requests",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "budget_rate",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(20,10)",
                precision: 20,
                scale: 10,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "claimed_budget_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "committed_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "request_rate",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(20,10)",
                precision: 20,
                scale: 10,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AlterColumn<decimal>(
                name: "claimed_amount",
                schema: "revenue",
                table: "mdf_claims",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "approved_amount",
                schema: "revenue",
                table: "mdf_claims",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "paid",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "committed",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "claimed",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "allocated",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "compensation_lines",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "original_amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "compensation_amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AddColumn<decimal>(
                name: "exchange_rate",
                schema: "revenue",
                table: "bookings",
                type: "numeric(20,10)",
                precision: 20,
                scale: 10,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "payout_compensation_amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "payout_currency",
                schema: "revenue",
                table: "bookings",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "payout_rate",
                schema: "revenue",
                table: "bookings",
                type: "numeric(20,10)",
                precision: 20,
                scale: 10,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "reporting_amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "reporting_currency",
                schema: "revenue",
                table: "bookings",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<decimal>(
                name: "compensation_change",
                schema: "revenue",
                table: "booking_adjustments",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "booking_adjustments",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AddColumn<decimal>(
                name: "payout_compensation_change",
                schema: "revenue",
                table: "booking_adjustments",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "reporting_change",
                schema: "revenue",
                table: "booking_adjustments",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "payout_currency",
                schema: "revenue",
                table: "agreements",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "USD");

            // Everything recorded before multi-currency was in the one reporting currency (ADR 0006, USD in every deployment):
            // the rate used was 1, the reporting amount is the amount, the payout currency is that currency, and an MDF
            // request committed its approved amount in its own (the budget's) currency.
            migrationBuilder.Sql("UPDATE revenue.bookings SET reporting_amount = amount, reporting_currency = currency, exchange_rate = 1;");
            migrationBuilder.Sql(
                "UPDATE revenue.bookings SET payout_currency = currency, payout_rate = 1, payout_compensation_amount = compensation_amount " +
                "WHERE kind = 'Partner';");
            migrationBuilder.Sql("UPDATE revenue.booking_adjustments SET reporting_change = amount, payout_compensation_change = compensation_change;");
            migrationBuilder.Sql(
                "UPDATE revenue.mdf_requests SET budget_currency = currency, request_rate = 1, budget_rate = 1, " +
                "committed_amount = coalesce(approved_amount, 0), claimed_budget_amount = claimed_amount;");

            migrationBuilder.CreateTable(
                name: "exchange_rates",
                schema: "revenue",
                columns: table => new
                {
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    rate = table.Column<decimal>(type: "numeric(20,10)", precision: 20, scale: 10, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    set_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_rates", x => new { x.currency, x.effective_from });
                    table.CheckConstraint("ck_exchange_rates_rate_positive", "rate > 0");
                });

            migrationBuilder.CreateIndex(
                name: "ix_payouts_partner_id_quarter_currency",
                schema: "revenue",
                table: "payouts",
                columns: new[] { "partner_id", "quarter", "currency" },
                unique: true,
                filter: "status <> 'Cancelled'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exchange_rates",
                schema: "revenue");

            migrationBuilder.DropIndex(
                name: "ix_payouts_partner_id_quarter_currency",
                schema: "revenue",
                table: "payouts");

            migrationBuilder.DropColumn(
                name: "budget_currency",
                schema: "revenue",
                table: "mdf_requests");

            migrationBuilder.DropColumn(
                name: "budget_rate",
                schema: "revenue",
                table: "mdf_requests");

            migrationBuilder.DropColumn(
                name: "claimed_budget_amount",
                schema: "revenue",
                table: "mdf_requests");

            migrationBuilder.DropColumn(
                name: "committed_amount",
                schema: "revenue",
                table: "mdf_requests");

            migrationBuilder.DropColumn(
                name: "request_rate",
                schema: "revenue",
                table: "mdf_requests");

            migrationBuilder.DropColumn(
                name: "exchange_rate",
                schema: "revenue",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payout_compensation_amount",
                schema: "revenue",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payout_currency",
                schema: "revenue",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payout_rate",
                schema: "revenue",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "reporting_amount",
                schema: "revenue",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "reporting_currency",
                schema: "revenue",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payout_compensation_change",
                schema: "revenue",
                table: "booking_adjustments");

            migrationBuilder.DropColumn(
                name: "reporting_change",
                schema: "revenue",
                table: "booking_adjustments");

            migrationBuilder.DropColumn(
                name: "payout_currency",
                schema: "revenue",
                table: "agreements");

            migrationBuilder.AlterColumn<decimal>(
                name: "won_value",
                schema: "revenue",
                table: "pipeline_deals",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "estimated_value",
                schema: "revenue",
                table: "pipeline_deals",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "actual_value",
                schema: "revenue",
                table: "pending_wins",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "compensation_total",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "clawback_total",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "adjustment_total",
                schema: "revenue",
                table: "payouts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "requested_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "released_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "claimed_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "approved_amount",
                schema: "revenue",
                table: "mdf_requests",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "claimed_amount",
                schema: "revenue",
                table: "mdf_claims",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "approved_amount",
                schema: "revenue",
                table: "mdf_claims",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "paid",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "committed",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "claimed",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "allocated",
                schema: "revenue",
                table: "mdf_budgets",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "compensation_lines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "original_amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "compensation_amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "bookings",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "compensation_change",
                schema: "revenue",
                table: "booking_adjustments",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.AlterColumn<decimal>(
                name: "amount",
                schema: "revenue",
                table: "booking_adjustments",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,3)",
                oldPrecision: 18,
                oldScale: 3);

            migrationBuilder.CreateIndex(
                name: "ix_payouts_partner_id_quarter",
                schema: "revenue",
                table: "payouts",
                columns: new[] { "partner_id", "quarter" },
                unique: true,
                filter: "status <> 'Cancelled'");
        }
    }
}
