using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revenue.Domain.Rates;

namespace Revenue.Infrastructure.Persistence.Configurations;

/// <summary>One rate per currency and date; the lookup "latest on or before a date" walks the key backwards.</summary>
internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.ToTable("exchange_rates", t => t.HasCheckConstraint("ck_exchange_rates_rate_positive", "rate > 0"));
        builder.HasKey(r => new { r.Currency, r.EffectiveFrom });
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.Rate).HasPrecision(20, ExchangeRate.Scale);
        builder.Property(r => r.SetBy).HasMaxLength(200);
    }
}
