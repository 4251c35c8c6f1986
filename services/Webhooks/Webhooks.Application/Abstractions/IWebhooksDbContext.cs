using Microsoft.EntityFrameworkCore;
using Webhooks.Domain.Deliveries;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Application.Abstractions;

/// <summary>The webhooks schema as the use cases see it (ADR 0002).</summary>
public interface IWebhooksDbContext
{
    DbSet<WebhookEndpoint> Endpoints { get; }

    DbSet<Delivery> Deliveries { get; }

    DbSet<DeliveryAttempt> DeliveryAttempts { get; }

    /// <summary>The endpoint, locked for the rest of the transaction (FOR UPDATE), so concurrent attempts update its health in turn.</summary>
    Task<WebhookEndpoint?> LockEndpointAsync(Guid id, CancellationToken cancellationToken);
}
