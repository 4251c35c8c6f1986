using DealRegistration.Domain.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRegistration.Infrastructure.Persistence.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("deals");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Currency).HasMaxLength(3);
        // Three decimals: the most any supported currency has (KWD, BHD); each amount is rounded to its own currency's.
        builder.Property(d => d.EstimatedValue).HasPrecision(18, 3);
        builder.Property(d => d.ActualValue).HasPrecision(18, 3);
        builder.Property(d => d.Products).HasColumnType("text[]");
        builder.Property(d => d.Reason).HasMaxLength(1000);
        builder.OwnsOne(d => d.Customer, c =>
        {
            c.Property(x => x.CompanyName).HasColumnName("customer_company_name").HasMaxLength(200);
            c.Property(x => x.NormalizedName).HasColumnName("customer_normalized_name").HasMaxLength(1000); // folding grows a name: ß → ss, & → and
            c.Property(x => x.Domain).HasColumnName("customer_domain").HasMaxLength(253);
            c.Property(x => x.Country).HasColumnName("customer_country").HasMaxLength(2);
            c.Property(x => x.ContactEmail).HasColumnName("customer_contact_email").HasMaxLength(254);
            c.Property(x => x.MatchTokens).HasColumnName("customer_match_tokens").HasColumnType("text[]").HasDefaultValueSql("'{}'::text[]");
            c.Property(x => x.MatchKeys).HasColumnName("customer_match_keys").HasColumnType("text[]").HasDefaultValueSql("'{}'::text[]");
            // The conflict check looks open registrations up by their match keys (MatchKeys, ADR 0010); the
            // customer search looks every registration up the same way. A trigger counts the keys of open ones.
            c.HasIndex(x => x.MatchKeys, "ix_deals_open_customer_match_keys").HasDatabaseName("ix_deals_open_customer_match_keys").HasMethod("gin")
                .HasFilter("status IN ('Submitted', 'Approved')");
            c.HasIndex(x => x.MatchKeys, "ix_deals_customer_match_keys").HasDatabaseName("ix_deals_customer_match_keys").HasMethod("gin");
        });
        builder.OwnsMany(d => d.Conflicts, c => c.ToJson("conflicts"));
        builder.OwnsMany(d => d.History, h => h.ToJson("history"));
        builder.HasMany(d => d.CoSellRequests).WithOne().HasForeignKey(r => r.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Conflicts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(d => d.CoSellRequests).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.DomainEvents);
        builder.Ignore(d => d.IsOpen);

        // Lists: by partner, by status, by campaign, keyset on id.
        builder.HasIndex(d => new { d.PartnerId, d.Id });
        builder.HasIndex(d => new { d.Status, d.Id });
        builder.HasIndex(d => new { d.CampaignId, d.Status }).HasFilter("campaign_id IS NOT NULL");
        builder.HasIndex(d => d.SubmittedAt);
        // Sweeps: pending decisions by due time; approved deals by protection end.
        builder.HasIndex(d => d.DecisionDueAt).HasDatabaseName("ix_deals_pending_due").HasFilter("status = 'Submitted'");
        builder.HasIndex(d => d.ProtectionExpiresAt).HasDatabaseName("ix_deals_approved_protection").HasFilter("status = 'Approved'");
    }
}
