using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enablement.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExamAttemptReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "rejection_reason",
                schema: "enablement",
                table: "exam_attempts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                schema: "enablement",
                table: "exam_attempts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewed_by",
                schema: "enablement",
                table: "exam_attempts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Attempts recorded before the review existed issued their certifications already: they stay Verified.
            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "enablement",
                table: "exam_attempts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Verified");

            migrationBuilder.AddColumn<string>(
                name: "submitted_by",
                schema: "enablement",
                table: "exam_attempts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_exam_attempts_partner_id_id",
                schema: "enablement",
                table: "exam_attempts",
                columns: new[] { "partner_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_exam_attempts_pending_review",
                schema: "enablement",
                table: "exam_attempts",
                column: "id",
                filter: "status = 'PendingReview'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_exam_attempts_partner_id_id",
                schema: "enablement",
                table: "exam_attempts");

            migrationBuilder.DropIndex(
                name: "ix_exam_attempts_pending_review",
                schema: "enablement",
                table: "exam_attempts");

            migrationBuilder.DropColumn(
                name: "rejection_reason",
                schema: "enablement",
                table: "exam_attempts");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                schema: "enablement",
                table: "exam_attempts");

            migrationBuilder.DropColumn(
                name: "reviewed_by",
                schema: "enablement",
                table: "exam_attempts");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "enablement",
                table: "exam_attempts");

            migrationBuilder.DropColumn(
                name: "submitted_by",
                schema: "enablement",
                table: "exam_attempts");
        }
    }
}
