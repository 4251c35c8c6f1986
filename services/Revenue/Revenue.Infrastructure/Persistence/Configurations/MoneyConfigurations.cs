using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revenue.Domain.Bookings;
using Revenue.Domain.Mdf;
using Revenue.Domain.Payouts;
using Revenue.Domain.Rates;

namespace Revenue.Infrastructure.Persistence.Configurations;

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("bookings", t => t.HasCheckConstraint("ck_bookings_amount_not_negative", "amount >= 0"));
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.Property(b => b.Description).HasMaxLength(500);
        builder.Property(b => b.ReportingCurrency).HasMaxLength(3);
        builder.Property(b => b.PayoutCurrency).HasMaxLength(3);
        builder.Property(b => b.ExchangeRate).HasPrecision(20, ExchangeRate.Scale);
        builder.Property(b => b.PayoutRate).HasPrecision(20, ExchangeRate.Scale);
        builder.Property(b => b.CompensationPercent).HasPrecision(5, 2);
        builder.Property(b => b.TierBonusPercent).HasPrecision(5, 2);
        // A won deal is booked once, whatever the broker redelivers.
        builder.HasIndex(b => b.DealId).IsUnique().HasFilter("deal_id IS NOT NULL");
        builder.HasIndex(b => new { b.PartnerId, b.QuarterStart });
        builder.HasIndex(b => new { b.QuarterStart, b.Region, b.Kind });
        builder.HasIndex(b => new { b.BookedOn, b.Kind });
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BookingId);
        builder.HasMany(b => b.Adjustments).WithOne().HasForeignKey(a => a.BookingId);
        builder.Navigation(b => b.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(b => b.Adjustments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(b => b.DomainEvents);
        builder.Ignore(b => b.CompensationStatus);
        builder.Ignore(b => b.TotalCompensationPercent);
        builder.Ignore(b => b.Value);
        builder.Ignore(b => b.Reporting);
        builder.Ignore(b => b.Compensation);
        builder.Ignore(b => b.PayoutCompensation);
    }
}

internal sealed class CompensationLineConfiguration : IEntityTypeConfiguration<CompensationLine>
{
    public void Configure(EntityTypeBuilder<CompensationLine> builder)
    {
        builder.ToTable("compensation_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Currency).HasMaxLength(3);
        // Payout building: a partner's lines in no payout yet, up to a date.
        builder.HasIndex(l => new { l.PartnerId, l.EarnedOn }).HasFilter("payout_id IS NULL").HasDatabaseName("ix_compensation_lines_unpaid");
        builder.HasIndex(l => l.PayoutId);
        builder.Ignore(l => l.Money);
    }
}

internal sealed class BookingAdjustmentConfiguration : IEntityTypeConfiguration<BookingAdjustment>
{
    public void Configure(EntityTypeBuilder<BookingAdjustment> builder)
    {
        builder.ToTable("booking_adjustments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(500);
    }
}

internal sealed class PayoutConfiguration : IEntityTypeConfiguration<Payout>
{
    public void Configure(EntityTypeBuilder<Payout> builder)
    {
        builder.ToTable("payouts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Quarter).HasMaxLength(7);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Reference).HasMaxLength(200);
        // One statement per partner, quarter and payout currency (a partner that changed its payout currency gets one per currency).
        builder.HasIndex(p => new { p.PartnerId, p.Quarter, p.Currency }).IsUnique().HasFilter("status <> 'Cancelled'");
        builder.HasIndex(p => new { p.Quarter, p.Status });
        builder.Ignore(p => p.DomainEvents);
    }
}

internal sealed class MdfBudgetConfiguration : IEntityTypeConfiguration<MdfBudget>
{
    public void Configure(EntityTypeBuilder<MdfBudget> builder)
    {
        // The last line of defence: whatever the code does, committed funds never exceed the allocation.
        builder.ToTable("mdf_budgets", t => t.HasCheckConstraint("ck_mdf_budgets_never_negative", "committed <= allocated AND allocated >= 0"));
        builder.HasKey(b => new { b.PartnerId, b.Year });
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Property(b => b.Currency).HasMaxLength(3);
        builder.Ignore(b => b.Remaining);
        builder.Ignore(b => b.BudgetCurrency);
    }
}

internal sealed class MdfRequestConfiguration : IEntityTypeConfiguration<MdfRequest>
{
    public void Configure(EntityTypeBuilder<MdfRequest> builder)
    {
        builder.ToTable("mdf_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.RejectionReason).HasMaxLength(1000);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.BudgetCurrency).HasMaxLength(3);
        builder.Property(r => r.RequestRate).HasPrecision(20, ExchangeRate.Scale);
        builder.Property(r => r.BudgetRate).HasPrecision(20, ExchangeRate.Scale);
        builder.HasIndex(r => new { r.PartnerId, r.Status });
        builder.HasIndex(r => r.CampaignId);
        builder.HasIndex(r => r.PlannedOn).HasFilter("status = 'Approved' AND NOT claims_closed").HasDatabaseName("ix_mdf_requests_claims_open");
        builder.Ignore(r => r.ClaimsCloseOn);
        builder.Ignore(r => r.Own);
        builder.Ignore(r => r.Budget);
        builder.Ignore(r => r.Requested);
        builder.Ignore(r => r.Approved);
        builder.Ignore(r => r.Claimed);
        builder.Ignore(r => r.RequestedOn);
        builder.Ignore(r => r.DomainEvents);
    }
}

internal sealed class MdfClaimConfiguration : IEntityTypeConfiguration<MdfClaim>
{
    public void Configure(EntityTypeBuilder<MdfClaim> builder)
    {
        builder.ToTable("mdf_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.ProofUrls).HasColumnType("text[]");
        builder.Property(c => c.ShortPayReason).HasMaxLength(1000);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.HasIndex(c => c.RequestId);
        builder.HasIndex(c => new { c.PartnerId, c.Status });
        builder.Ignore(c => c.ShortPaid);
        builder.Ignore(c => c.Claimed);
        builder.Ignore(c => c.Approved);
        builder.Ignore(c => c.DomainEvents);
    }
}
