using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Model;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.SignedBy).HasMaxLength(200);
        builder.Property(a => a.PayoutCurrency).HasMaxLength(3);
        builder.Property(a => a.MarginPercent).HasPrecision(5, 2);
        builder.Property(a => a.CommissionPercent).HasPrecision(5, 2);
        builder.Property(a => a.ReferralFeePercent).HasPrecision(5, 2);
        builder.Property(a => a.RevenueSharePercent).HasPrecision(5, 2);
        builder.HasIndex(a => new { a.PartnerId, a.Id });
    }
}
