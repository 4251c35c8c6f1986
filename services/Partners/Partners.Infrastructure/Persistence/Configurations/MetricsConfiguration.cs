using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Metrics;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class RevenueEntryConfiguration : IEntityTypeConfiguration<RevenueEntry>
{
    public void Configure(EntityTypeBuilder<RevenueEntry> builder)
    {
        builder.ToTable("revenue_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.HasIndex(e => new { e.PartnerId, e.OccurredOn });
    }
}

internal sealed class RepCertificationConfiguration : IEntityTypeConfiguration<RepCertification>
{
    public void Configure(EntityTypeBuilder<RepCertification> builder)
    {
        builder.ToTable("rep_certifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.PartnerId, r.Status });
    }
}
