using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Webhooks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MessagingReliability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_aggregate_pending",
                schema: "webhooks",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                schema: "webhooks",
                table: "outbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "rejections",
                schema: "webhooks",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "etag",
                schema: "webhooks",
                table: "idempotency_requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_pending",
                schema: "webhooks",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dead",
                schema: "webhooks",
                table: "outbox_messages",
                column: "sequence",
                filter: "dead_at IS NOT NULL AND dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "webhooks",
                table: "outbox_messages",
                column: "sequence",
                filter: "dispatched_at IS NULL AND dead_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_aggregate_pending",
                schema: "webhooks",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_dead",
                schema: "webhooks",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                schema: "webhooks",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "rejections",
                schema: "webhooks",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "etag",
                schema: "webhooks",
                table: "idempotency_requests");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_pending",
                schema: "webhooks",
                table: "outbox_messages",
                columns: new[] { "aggregate_id", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "webhooks",
                table: "outbox_messages",
                columns: new[] { "not_before", "sequence" },
                filter: "dispatched_at IS NULL AND dead_at IS NULL");
        }
    }
}
