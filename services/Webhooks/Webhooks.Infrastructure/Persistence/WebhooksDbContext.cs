using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Webhooks.Application.Abstractions;
using Webhooks.Domain.Deliveries;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Infrastructure.Persistence;

public sealed class WebhooksDbContext(DbContextOptions<WebhooksDbContext> options) : ServiceDbContext(options), IWebhooksDbContext
{
    public const string SchemaName = "webhooks";

    public override string Schema => SchemaName;

    public DbSet<WebhookEndpoint> Endpoints => Set<WebhookEndpoint>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();

    public Task<WebhookEndpoint?> LockEndpointAsync(Guid id, CancellationToken cancellationToken) =>
        Endpoints.FromSqlRaw("SELECT * FROM webhooks.endpoints WHERE id = {0} FOR UPDATE", id).SingleOrDefaultAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WebhooksDbContext).Assembly);
    }
}
