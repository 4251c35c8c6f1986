using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Qbrs;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class QbrConfiguration : IEntityTypeConfiguration<Qbr>
{
    public void Configure(EntityTypeBuilder<Qbr> builder)
    {
        builder.ToTable("qbrs");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.Property(q => q.Quarter).HasMaxLength(7);
        builder.HasIndex(q => new { q.PartnerId, q.Quarter }).IsUnique();
        builder.HasIndex(q => new { q.PartnerId, q.Id });
        builder.OwnsMany(q => q.ActionItems, a => a.ToJson("action_items"));
        builder.Navigation(q => q.ActionItems).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(q => q.DomainEvents);
    }
}
