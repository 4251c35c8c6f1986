using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelPlatform.Infrastructure.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Sequence);
        builder.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.MessageType).HasMaxLength(300);
        builder.Property(m => m.Exchange).HasMaxLength(200);
        builder.Property(m => m.Body).HasColumnType("jsonb");
        builder.Property(m => m.Headers).HasColumnType("jsonb");
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // The relay's claim walks live rows in sequence order (and stops at its batch size).
        builder.HasIndex(m => m.Sequence, "ix_outbox_messages_pending")
            .HasDatabaseName("ix_outbox_messages_pending")
            .HasFilter("dispatched_at IS NULL AND dead_at IS NULL");
        // An aggregate's earlier undispatched rows, dead ones included: they hold its later rows back.
        builder.HasIndex(m => new { m.AggregateId, m.Sequence }, "ix_outbox_messages_aggregate_pending")
            .HasDatabaseName("ix_outbox_messages_aggregate_pending")
            .HasFilter("dispatched_at IS NULL");
        builder.HasIndex(m => m.Sequence, "ix_outbox_messages_dead")
            .HasDatabaseName("ix_outbox_messages_dead")
            .HasFilter("dead_at IS NOT NULL AND dispatched_at IS NULL");
        builder.HasIndex(m => m.DispatchedAt).HasFilter("dispatched_at IS NOT NULL");
    }
}
