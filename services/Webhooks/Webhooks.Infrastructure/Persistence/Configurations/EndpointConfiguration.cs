using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Webhooks.Domain.Deliveries;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class EndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Url).HasMaxLength(WebhookUrl.MaxLength);
        builder.Property(e => e.Events).HasColumnType("text[]");
        builder.Property(e => e.Description).HasMaxLength(WebhookEndpoint.MaxDescriptionLength);
        builder.Property(e => e.DisabledReason).HasMaxLength(2000);
        builder.Property(e => e.ProtectedSecret).HasMaxLength(500);
        builder.Property(e => e.PreviousProtectedSecret).HasMaxLength(500);
        builder.Property(e => e.LastError).HasMaxLength(DeliveryAttempt.MaxSnippetLength);
        // Fan-out: a partner's endpoints, for every incoming event.
        builder.HasIndex(e => e.PartnerId);
        // The grace-period sweep: enabled endpoints with a run of failures.
        builder.HasIndex(e => e.FailingSince).HasFilter("enabled AND failing_since IS NOT NULL").HasDatabaseName("ix_endpoints_failing");
        builder.Ignore(e => e.DomainEvents);
    }
}
