using DealRegistration.Domain.Campaigns;
using DealRegistration.Domain.Deals;
using DealRegistration.Domain.Leads;
using DealRegistration.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRegistration.Infrastructure.Persistence.Configurations;

internal sealed class CoSellRequestConfiguration : IEntityTypeConfiguration<CoSellRequest>
{
    public void Configure(EntityTypeBuilder<CoSellRequest> builder)
    {
        builder.ToTable("cosell_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.SalesEngineer).HasMaxLength(200);
        builder.HasIndex(r => r.DealId);
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.PartnerIds).HasColumnType("uuid[]");
        builder.Ignore(c => c.DomainEvents);
    }
}

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.ToTable("leads");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Property(l => l.CompanyName).HasMaxLength(200);
        builder.Property(l => l.Domain).HasMaxLength(253);
        builder.Property(l => l.ContactName).HasMaxLength(200);
        builder.Property(l => l.Email).HasMaxLength(254);
        builder.Property(l => l.Country).HasMaxLength(2);
        builder.Property(l => l.DeclineReason).HasMaxLength(1000);
        builder.Property(l => l.ExcludedPartnerIds).HasColumnType("uuid[]");
        builder.HasIndex(l => new { l.CampaignId, l.Email }).IsUnique();
        builder.HasIndex(l => new { l.PartnerId, l.Id });
        builder.HasIndex(l => new { l.Status, l.Id });
        builder.HasIndex(l => l.AssignedAt).HasDatabaseName("ix_leads_assigned").HasFilter("status = 'Assigned'");
        builder.Ignore(l => l.DomainEvents);
        builder.Ignore(l => l.InPool);
    }
}

internal sealed class PartnerSnapshotConfiguration : IEntityTypeConfiguration<PartnerSnapshot>
{
    public void Configure(EntityTypeBuilder<PartnerSnapshot> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.PartnerId);
        builder.Property(p => p.PartnerId).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Region).HasMaxLength(40);
        builder.Property(p => p.Tier).HasMaxLength(40);
        builder.HasIndex(p => p.Tier);
    }
}

internal sealed class TierBenefitsConfiguration : IEntityTypeConfiguration<TierBenefits>
{
    public void Configure(EntityTypeBuilder<TierBenefits> builder)
    {
        builder.ToTable("tier_benefits");
        builder.HasKey(t => t.Tier);
        builder.Property(t => t.Tier).HasMaxLength(40);
    }
}

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> builder)
    {
        builder.ToTable("partner_contacts");
        builder.HasKey(c => c.ContactId);
        builder.Property(c => c.ContactId).ValueGeneratedNever();
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Role).HasMaxLength(40);
        builder.HasIndex(c => c.PartnerId);
    }
}
