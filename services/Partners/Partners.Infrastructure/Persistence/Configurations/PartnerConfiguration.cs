using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Model;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Website).HasMaxLength(300);
        builder.Property(p => p.Domain).HasMaxLength(253);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.StatusReason).HasMaxLength(1000);
        builder.Property(p => p.Specializations).HasColumnType("text[]");
        builder.HasIndex(p => p.Domain).IsUnique();
        // Keyset lists filter by one of these and page by id.
        builder.HasIndex(p => new { p.Status, p.Id });
        builder.HasIndex(p => new { p.Type, p.Id });
        builder.HasIndex(p => new { p.Tier, p.Id });
        builder.HasIndex(p => new { p.Region, p.Id });
        builder.HasIndex(p => p.ActivatedAt);
        builder.OwnsOne(p => p.Evaluation, e =>
        {
            e.ToJson("evaluation");
            e.Ignore(x => x.Scores);
        });
        builder.HasMany(p => p.Agreements).WithOne().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Agreements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.DomainEvents);
    }
}
