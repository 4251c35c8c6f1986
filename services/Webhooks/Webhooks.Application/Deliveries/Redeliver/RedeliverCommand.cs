using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using Mediator;
using Webhooks.Application.Abstractions;

namespace Webhooks.Application.Deliveries.Redeliver;

public sealed record RedeliverCommand(Guid EndpointId, Guid DeliveryId) : ICommand<DeliveryResponse>, ITransactional;

/// <summary>One more attempt, now, with the same webhook-id; it is sent once the endpoint is enabled.</summary>
public sealed class RedeliverHandler(IWebhooksDbContext db, ICurrentUser user, IRequestPreconditions preconditions, IDispatchSignal signal, TimeProvider clock)
    : ICommandHandler<RedeliverCommand, DeliveryResponse>
{
    public async ValueTask<DeliveryResponse> Handle(RedeliverCommand c, CancellationToken ct)
    {
        var delivery = await db.GetDeliveryAsync(user, c.EndpointId, c.DeliveryId, ct);
        preconditions.EnsureVersion(delivery.Version);
        delivery.Redeliver(clock.GetUtcNow());
        signal.Notify();
        return delivery.ToResponse(delivery.Attempts, withPayload: false);
    }
}
