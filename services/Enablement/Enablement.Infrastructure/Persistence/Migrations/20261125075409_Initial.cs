using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enablement.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "enablement");

            migrationBuilder.CreateTable(
                name: "assets",
                schema: "enablement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    product = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    minimum_tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    minimum_tier_rank = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "certifications",
                schema: "enablement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    track = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    required_course_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    passing_score = table.Column<int>(type: "integer", nullable: false),
                    validity_months = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                schema: "enablement",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    deactivated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.contact_id);
                });

            migrationBuilder.CreateTable(
                name: "course_completions",
                schema: "enablement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_completions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "courses",
                schema: "enablement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    product = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    duration_hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exam_attempts",
                schema: "enablement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    attempted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exam_attempts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_requests",
                schema: "enablement",
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
                schema: "enablement",
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
                name: "outbox_messages",
                schema: "enablement",
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
                schema: "enablement",
                columns: table => new
                {
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    terminated = table.Column<bool>(type: "boolean", nullable: false),
                    status_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    tier_rank = table.Column<int>(type: "integer", nullable: false),
                    tier_as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.partner_id);
                });

            migrationBuilder.CreateTable(
                name: "rep_certifications",
                schema: "enablement",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    renewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rep_certifications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assets_minimum_tier_rank_id",
                schema: "enablement",
                table: "assets",
                columns: new[] { "minimum_tier_rank", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_certifications_track_id",
                schema: "enablement",
                table: "certifications",
                columns: new[] { "track", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_partner_id_active_role",
                schema: "enablement",
                table: "contacts",
                columns: new[] { "partner_id", "active", "role" });

            migrationBuilder.CreateIndex(
                name: "ix_course_completions_contact_id_course_id",
                schema: "enablement",
                table: "course_completions",
                columns: new[] { "contact_id", "course_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_courses_product",
                schema: "enablement",
                table: "courses",
                column: "product");

            migrationBuilder.CreateIndex(
                name: "ix_courses_status_id",
                schema: "enablement",
                table: "courses",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_exam_attempts_contact_id_certification_id_attempted_at",
                schema: "enablement",
                table: "exam_attempts",
                columns: new[] { "contact_id", "certification_id", "attempted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_requests_created_at",
                schema: "enablement",
                table: "idempotency_requests",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_received_at",
                schema: "enablement",
                table: "inbox_messages",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_pending",
                schema: "enablement",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched_at",
                schema: "enablement",
                table: "outbox_messages",
                column: "dispatched_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                schema: "enablement",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "enablement",
                table: "outbox_messages",
                columns: new[] { "not_before", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_rep_certifications_active_expiry",
                schema: "enablement",
                table: "rep_certifications",
                column: "expires_on",
                filter: "status = 'Active'");

            migrationBuilder.CreateIndex(
                name: "ix_rep_certifications_contact_id_certification_id",
                schema: "enablement",
                table: "rep_certifications",
                columns: new[] { "contact_id", "certification_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rep_certifications_partner_id",
                schema: "enablement",
                table: "rep_certifications",
                column: "partner_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assets",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "certifications",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "contacts",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "course_completions",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "courses",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "exam_attempts",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "idempotency_requests",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "partners",
                schema: "enablement");

            migrationBuilder.DropTable(
                name: "rep_certifications",
                schema: "enablement");
        }
    }
}
