using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Tiers;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class TierDefinitionConfiguration : IEntityTypeConfiguration<TierDefinition>
{
    public void Configure(EntityTypeBuilder<TierDefinition> builder)
    {
        builder.ToTable("tier_definitions");
        builder.HasKey(t => t.Tier);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasIndex(t => t.Id).IsUnique();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.DomainEvents);
        builder.Property(t => t.MarginBonusPercent).HasPrecision(5, 2);
        builder.Property(t => t.MdfPercent).HasPrecision(5, 2);
        // The program's defaults (CONTRACT.md) are part of the schema.
        builder.HasData(TierDefinition.Defaults.Select(t => new
        {
            t.Id,
            t.Tier,
            t.MinTrailingRevenue,
            t.MinCertifiedReps,
            t.MarginBonusPercent,
            t.MdfPercent,
            t.ProtectionDays,
            Version = 1,
        }));
    }
}
