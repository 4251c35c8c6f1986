using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revenue.Domain.Bookings;
using Revenue.Domain.Campaigns;
using Revenue.Domain.Partners;
using Revenue.Domain.Pipeline;

namespace Revenue.Infrastructure.Persistence.Configurations;

internal sealed class RevenuePartnerConfiguration : IEntityTypeConfiguration<RevenuePartner>
{
    public void Configure(EntityTypeBuilder<RevenuePartner> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.PartnerId);
        builder.Property(p => p.PartnerId).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.MarginBonusPercent).HasPrecision(5, 2);
        builder.Property(p => p.MdfPercent).HasPrecision(5, 2);
        builder.HasIndex(p => p.Region);
        builder.HasIndex(p => p.Tier);
    }
}

internal sealed class TierBenefitsConfiguration : IEntityTypeConfiguration<TierBenefits>
{
    public void Configure(EntityTypeBuilder<TierBenefits> builder)
    {
        builder.ToTable("tier_benefits");
        builder.HasKey(t => t.Tier);
        builder.Property(t => t.MarginBonusPercent).HasPrecision(5, 2);
        builder.Property(t => t.MdfPercent).HasPrecision(5, 2);
    }
}

internal sealed class AgreementTermsConfiguration : IEntityTypeConfiguration<AgreementTerms>
{
    public void Configure(EntityTypeBuilder<AgreementTerms> builder)
    {
        builder.ToTable("agreements");
        builder.HasKey(a => a.AgreementId);
        builder.Property(a => a.AgreementId).ValueGeneratedNever();
        builder.Property(a => a.MarginPercent).HasPrecision(5, 2);
        builder.Property(a => a.CommissionPercent).HasPrecision(5, 2);
        builder.Property(a => a.ReferralFeePercent).HasPrecision(5, 2);
        builder.Property(a => a.RevenueSharePercent).HasPrecision(5, 2);
        builder.Property(a => a.PayoutCurrency).HasMaxLength(3);
        builder.HasIndex(a => new { a.PartnerId, a.EffectiveFrom });
    }
}

internal sealed class PipelineDealConfiguration : IEntityTypeConfiguration<PipelineDeal>
{
    public void Configure(EntityTypeBuilder<PipelineDeal> builder)
    {
        builder.ToTable("pipeline_deals");
        builder.HasKey(d => d.DealId);
        builder.Property(d => d.DealId).ValueGeneratedNever();
        builder.Property(d => d.Currency).HasMaxLength(3);
        // The pipeline, forecast and win-rate queries: open by expected close, closed by close date, per partner.
        builder.HasIndex(d => new { d.Status, d.ExpectedCloseDate, d.PartnerId });
        builder.HasIndex(d => new { d.PartnerId, d.Status, d.ClosedOn });
        builder.HasIndex(d => d.ApprovedOn);
        builder.HasIndex(d => new { d.Status, d.ClosedOn }); // program-wide trailing win rates
    }
}

internal sealed class PendingWinConfiguration : IEntityTypeConfiguration<PendingWin>
{
    public void Configure(EntityTypeBuilder<PendingWin> builder)
    {
        builder.ToTable("pending_wins");
        builder.HasKey(p => p.DealId);
        builder.Property(p => p.DealId).ValueGeneratedNever();
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.WaitingFor).HasMaxLength(200);
        builder.HasIndex(p => p.PartnerId);
    }
}

internal sealed class CampaignMembershipConfiguration : IEntityTypeConfiguration<CampaignMembership>
{
    public void Configure(EntityTypeBuilder<CampaignMembership> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.CampaignId);
        builder.Property(c => c.CampaignId).ValueGeneratedNever();
        builder.Property(c => c.PartnerIds).HasColumnType("uuid[]");
    }
}
