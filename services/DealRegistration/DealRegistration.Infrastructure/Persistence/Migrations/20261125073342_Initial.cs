using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DealRegistration.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "dealreg");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:dealreg.pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "dealreg",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    partner_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deals",
                schema: "dealreg",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_by_contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    customer_company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    customer_normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    customer_domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    customer_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    products = table.Column<List<string>>(type: "text[]", nullable: false),
                    estimated_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    expected_close_date = table.Column<DateOnly>(type: "date", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decision_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_hours = table.Column<double>(type: "double precision", nullable: true),
                    protection_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    protection_extended = table.Column<bool>(type: "boolean", nullable: false),
                    actual_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    conflicts_overridden = table.Column<bool>(type: "boolean", nullable: false),
                    sla_at_risk_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sla_breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    conflicts = table.Column<string>(type: "jsonb", nullable: true),
                    history = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_requests",
                schema: "dealreg",
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
                schema: "dealreg",
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
                name: "leads",
                schema: "dealreg",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    converted_deal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    excluded_partner_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "dealreg",
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
                name: "partner_contacts",
                schema: "dealreg",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    deactivated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_contacts", x => x.contact_id);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                schema: "dealreg",
                columns: table => new
                {
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    protection_days = table.Column<int>(type: "integer", nullable: false),
                    tier_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.partner_id);
                });

            migrationBuilder.CreateTable(
                name: "cosell_requests",
                schema: "dealreg",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    deal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sales_engineer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cosell_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_cosell_requests_deals_deal_id",
                        column: x => x.deal_id,
                        principalSchema: "dealreg",
                        principalTable: "deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cosell_requests_deal_id",
                schema: "dealreg",
                table: "cosell_requests",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_deals_approved_protection",
                schema: "dealreg",
                table: "deals",
                column: "protection_expires_at",
                filter: "status = 'Approved'");

            migrationBuilder.CreateIndex(
                name: "ix_deals_campaign_id_status",
                schema: "dealreg",
                table: "deals",
                columns: new[] { "campaign_id", "status" },
                filter: "campaign_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_deals_open_customer_domain",
                schema: "dealreg",
                table: "deals",
                column: "customer_domain",
                filter: "status IN ('Submitted', 'Approved')");

            migrationBuilder.CreateIndex(
                name: "ix_deals_open_customer_name_trgm",
                schema: "dealreg",
                table: "deals",
                column: "customer_normalized_name",
                filter: "status IN ('Submitted', 'Approved')")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_partner_id_id",
                schema: "dealreg",
                table: "deals",
                columns: new[] { "partner_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_pending_due",
                schema: "dealreg",
                table: "deals",
                column: "decision_due_at",
                filter: "status = 'Submitted'");

            migrationBuilder.CreateIndex(
                name: "ix_deals_status_id",
                schema: "dealreg",
                table: "deals",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_submitted_at",
                schema: "dealreg",
                table: "deals",
                column: "submitted_at");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_requests_created_at",
                schema: "dealreg",
                table: "idempotency_requests",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_received_at",
                schema: "dealreg",
                table: "inbox_messages",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_leads_assigned",
                schema: "dealreg",
                table: "leads",
                column: "assigned_at",
                filter: "status = 'Assigned'");

            migrationBuilder.CreateIndex(
                name: "ix_leads_campaign_id_email",
                schema: "dealreg",
                table: "leads",
                columns: new[] { "campaign_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_leads_partner_id_id",
                schema: "dealreg",
                table: "leads",
                columns: new[] { "partner_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_leads_status_id",
                schema: "dealreg",
                table: "leads",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_pending",
                schema: "dealreg",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched_at",
                schema: "dealreg",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                schema: "dealreg",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "dealreg",
                table: "outbox_messages",
                columns: new[] { "not_before", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_partner_contacts_partner_id",
                schema: "dealreg",
                table: "partner_contacts",
                column: "partner_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "cosell_requests",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "idempotency_requests",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "leads",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "partner_contacts",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "partners",
                schema: "dealreg");

            migrationBuilder.DropTable(
                name: "deals",
                schema: "dealreg");
        }
    }
}
