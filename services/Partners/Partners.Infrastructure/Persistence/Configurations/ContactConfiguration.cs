using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Model;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(254);
        // Emails are stored lower-cased, so this is case-insensitive uniqueness per partner.
        builder.HasIndex(c => new { c.PartnerId, c.Email }).IsUnique();
        builder.HasIndex(c => new { c.PartnerId, c.Id });
        builder.HasIndex(c => new { c.PartnerId, c.Status, c.Role });
    }
}
