using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Escalations;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("escalations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.RaisedBy).HasMaxLength(200);
        builder.HasIndex(e => new { e.Status, e.ResponseDueAt });
        builder.HasIndex(e => new { e.PartnerId, e.Id });
        // The cap counts a partner's open escalations of one severity.
        builder.HasIndex(e => new { e.PartnerId, e.Severity })
            .HasDatabaseName("ix_escalations_open_by_partner_severity").HasFilter("status = 'Open'");
        builder.Ignore(e => e.DomainEvents);
    }
}
