using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Satisfaction;

namespace Partners.Infrastructure.Persistence.Configurations;

internal sealed class SatisfactionResponseConfiguration : IEntityTypeConfiguration<SatisfactionResponse>
{
    public void Configure(EntityTypeBuilder<SatisfactionResponse> builder)
    {
        builder.ToTable("satisfaction_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.RespondedBy).HasMaxLength(200);
        builder.Property(r => r.Respondent).HasMaxLength(300);
        builder.Property(r => r.Quarter).HasMaxLength(7);
        // One answer per respondent, partner and quarter (the handler also locks the key; this is the backstop).
        builder.HasIndex(r => new { r.PartnerId, r.Respondent, r.Quarter }).IsUnique();
        builder.HasIndex(r => r.RespondedAt);
        builder.HasIndex(r => new { r.PartnerId, r.Id });
        builder.Ignore(r => r.DomainEvents);
    }
}
