using ChannelPlatform.Infrastructure.Idempotency;
using ChannelPlatform.Infrastructure.Inbox;
using ChannelPlatform.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Persistence;

/// <summary>
/// Base of every service's DbContext: the service's own schema, plus the outbox, inbox and
/// idempotency tables that live beside its data so they commit in the same transaction.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
    }

    /// <summary>
    /// Every service stores enums as their contract names (readable in SQL, stable when members are
    /// added) and money as numeric(18, 2), never floating point.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
