using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Revenue.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "revenue");

            migrationBuilder.CreateTable(
                name: "agreements",
                schema: "revenue",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    margin_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    commission_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    referral_fee_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    revenue_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.agreement_id);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    original_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    booked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    quarter_start = table.Column<DateOnly>(type: "date", nullable: false),
                    region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    compensation_basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    compensation_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    tier_bonus_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    compensation_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                    table.CheckConstraint("ck_bookings_amount_not_negative", "amount >= 0");
                });

            migrationBuilder.CreateTable(
                name: "idempotency_requests",
                schema: "revenue",
                columns: table => new
                {
                    caller = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    body = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_requests", x => new { x.caller, x.key });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "revenue",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "mdf_budgets",
                schema: "revenue",
                columns: table => new
                {
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    allocated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    committed = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    claimed = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mdf_budgets", x => new { x.partner_id, x.year });
                    table.CheckConstraint("ck_mdf_budgets_never_negative", "committed <= allocated AND allocated >= 0");
                });

            migrationBuilder.CreateTable(
                name: "mdf_claims",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claimed_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    proof_urls = table.Column<string[]>(type: "text[]", nullable: false),
                    leads_generated = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    approved_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    short_pay_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mdf_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mdf_requests",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    activity_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    requested_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    approved_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    planned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    rejection_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    claimed_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mdf_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "revenue",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    exchange = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    headers = table.Column<string>(type: "jsonb", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    not_before = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dead_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                schema: "revenue",
                columns: table => new
                {
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    margin_bonus_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    mdf_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    tier_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    terminated = table.Column<bool>(type: "boolean", nullable: false),
                    status_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.partner_id);
                });

            migrationBuilder.CreateTable(
                name: "payouts",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quarter = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    quarter_start = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    compensation_total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    adjustment_total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    clawback_total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    line_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payouts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pending_wins",
                schema: "revenue",
                columns: table => new
                {
                    deal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actual_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    waiting_for = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_wins", x => x.deal_id);
                });

            migrationBuilder.CreateTable(
                name: "pipeline_deals",
                schema: "revenue",
                columns: table => new
                {
                    deal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    estimated_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    expected_close_date = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    won_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pipeline_deals", x => x.deal_id);
                });

            migrationBuilder.CreateTable(
                name: "booking_adjustments",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    adjusted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    compensation_change = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    clawback = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_adjustments", x => x.id);
                    table.ForeignKey(
                        name: "fk_booking_adjustments_bookings_booking_id",
                        column: x => x.booking_id,
                        principalSchema: "revenue",
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "compensation_lines",
                schema: "revenue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    earned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    payout_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compensation_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_compensation_lines_bookings_booking_id",
                        column: x => x.booking_id,
                        principalSchema: "revenue",
                        principalTable: "bookings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_partner_id_effective_from",
                schema: "revenue",
                table: "agreements",
                columns: new[] { "partner_id", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_booking_adjustments_booking_id",
                schema: "revenue",
                table: "booking_adjustments",
                column: "booking_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_booked_on_kind",
                schema: "revenue",
                table: "bookings",
                columns: new[] { "booked_on", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_deal_id",
                schema: "revenue",
                table: "bookings",
                column: "deal_id",
                unique: true,
                filter: "deal_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_bookings_partner_id_quarter_start",
                schema: "revenue",
                table: "bookings",
                columns: new[] { "partner_id", "quarter_start" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_quarter_start_region_kind",
                schema: "revenue",
                table: "bookings",
                columns: new[] { "quarter_start", "region", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_compensation_lines_booking_id",
                schema: "revenue",
                table: "compensation_lines",
                column: "booking_id");

            migrationBuilder.CreateIndex(
                name: "ix_compensation_lines_payout_id",
                schema: "revenue",
                table: "compensation_lines",
                column: "payout_id");

            migrationBuilder.CreateIndex(
                name: "ix_compensation_lines_unpaid",
                schema: "revenue",
                table: "compensation_lines",
                columns: new[] { "partner_id", "earned_on" },
                filter: "payout_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_requests_created_at",
                schema: "revenue",
                table: "idempotency_requests",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_received_at",
                schema: "revenue",
                table: "inbox_messages",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_mdf_claims_partner_id_status",
                schema: "revenue",
                table: "mdf_claims",
                columns: new[] { "partner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_mdf_claims_request_id",
                schema: "revenue",
                table: "mdf_claims",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_mdf_requests_campaign_id",
                schema: "revenue",
                table: "mdf_requests",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_mdf_requests_partner_id_status",
                schema: "revenue",
                table: "mdf_requests",
                columns: new[] { "partner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_pending",
                schema: "revenue",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched_at",
                schema: "revenue",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                schema: "revenue",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "revenue",
                table: "outbox_messages",
                columns: new[] { "not_before", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_partners_region",
                schema: "revenue",
                table: "partners",
                column: "region");

            migrationBuilder.CreateIndex(
                name: "ix_payouts_partner_id_quarter",
                schema: "revenue",
                table: "payouts",
                columns: new[] { "partner_id", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payouts_quarter_status",
                schema: "revenue",
                table: "payouts",
                columns: new[] { "quarter", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_pending_wins_partner_id",
                schema: "revenue",
                table: "pending_wins",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_pipeline_deals_approved_on",
                schema: "revenue",
                table: "pipeline_deals",
                column: "approved_on");

            migrationBuilder.CreateIndex(
                name: "ix_pipeline_deals_partner_id_status_closed_on",
                schema: "revenue",
                table: "pipeline_deals",
                columns: new[] { "partner_id", "status", "closed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_pipeline_deals_status_expected_close_date_partner_id",
                schema: "revenue",
                table: "pipeline_deals",
                columns: new[] { "status", "expected_close_date", "partner_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreements",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "booking_adjustments",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "compensation_lines",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "idempotency_requests",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "mdf_budgets",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "mdf_claims",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "mdf_requests",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "partners",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "payouts",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "pending_wins",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "pipeline_deals",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "bookings",
                schema: "revenue");
        }
    }
}
