using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SatisfactionOneAnswerPerRespondent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "quarter",
                schema: "partner",
                table: "satisfaction_responses",
                type: "character varying(7)",
                maxLength: 7,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "respondent",
                schema: "partner",
                table: "satisfaction_responses",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // Answers recorded before this rule carry no token subject: each stays its own respondent
            // (nothing to merge them by), in the quarter it was given.
            migrationBuilder.Sql(
                "UPDATE partner.satisfaction_responses SET respondent = 'legacy:' || id::text, " +
                "quarter = to_char(responded_at AT TIME ZONE 'UTC', 'YYYY') || '-Q' || to_char(responded_at AT TIME ZONE 'UTC', 'Q')");

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_responses_partner_id_respondent_quarter",
                schema: "partner",
                table: "satisfaction_responses",
                columns: new[] { "partner_id", "respondent", "quarter" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_satisfaction_responses_partner_id_respondent_quarter",
                schema: "partner",
                table: "satisfaction_responses");

            migrationBuilder.DropColumn(
                name: "quarter",
                schema: "partner",
                table: "satisfaction_responses");

            migrationBuilder.DropColumn(
                name: "respondent",
                schema: "partner",
                table: "satisfaction_responses");
        }
    }
}
