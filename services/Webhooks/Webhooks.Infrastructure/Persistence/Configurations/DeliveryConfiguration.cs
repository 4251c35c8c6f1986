using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Webhooks.Domain.Deliveries;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    /// <summary>The dispatcher's lease on a claimed row: not a domain fact, so a shadow column only SQL touches.</summary>
    public const string LockedUntil = "LockedUntil";

    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.EventType).HasMaxLength(100);
        // text, not jsonb: the body is signed byte for byte and must come back exactly as it was written.
        builder.Property(d => d.Payload).HasColumnType("text");
        builder.Property(d => d.LastError).HasMaxLength(DeliveryAttempt.MaxSnippetLength);
        builder.Property<DateTimeOffset?>(LockedUntil);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        // One delivery per event and endpoint, whatever the broker redelivers.
        builder.HasIndex(d => new { d.EndpointId, d.EventId }).IsUnique();
        // The dispatcher's claim: pending rows that are due.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_deliveries_due");
        builder.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.DomainEvents);
        builder.Ignore(d => d.WebhookId);
    }
}

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("delivery_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ResponseSnippet).HasMaxLength(DeliveryAttempt.MaxSnippetLength);
        builder.Property(a => a.Error).HasMaxLength(DeliveryAttempt.MaxSnippetLength);
        builder.HasIndex(a => a.DeliveryId);
    }
}
