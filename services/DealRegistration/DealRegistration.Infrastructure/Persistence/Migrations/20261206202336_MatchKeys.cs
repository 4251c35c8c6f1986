using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DealRegistration.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MatchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deals_open_customer_domain",
                schema: "dealreg",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "ix_deals_open_customer_name_trgm",
                schema: "dealreg",
                table: "deals");

            migrationBuilder.AddColumn<string>(
                name: "customer_contact_email",
                schema: "dealreg",
                table: "deals",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "customer_match_keys",
                schema: "dealreg",
                table: "deals",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<List<string>>(
                name: "customer_match_tokens",
                schema: "dealreg",
                table: "deals",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.CreateIndex(
                name: "ix_deals_customer_match_keys",
                schema: "dealreg",
                table: "deals",
                column: "customer_match_keys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_deals_open_customer_match_keys",
                schema: "dealreg",
                table: "deals",
                column: "customer_match_keys",
                filter: "status IN ('Submitted', 'Approved')")
                .Annotation("Npgsql:IndexMethod", "gin");

            // Registrations before this migration get their keys from MatchKeysBackfill at start-up (an empty array = not yet computed).
            migrationBuilder.Sql(MatchKeyCounts.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MatchKeyCounts.Drop);

            migrationBuilder.DropIndex(
                name: "ix_deals_customer_match_keys",
                schema: "dealreg",
                table: "deals");

            migrationBuilder.DropIndex(
                name: "ix_deals_open_customer_match_keys",
                schema: "dealreg",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "customer_contact_email",
                schema: "dealreg",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "customer_match_keys",
                schema: "dealreg",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "customer_match_tokens",
                schema: "dealreg",
                table: "deals");

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
        }
    }
}
