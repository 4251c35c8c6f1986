using ChannelPlatform.Application.Security;
using Mediator;
using Webhooks.Application.Abstractions;

namespace Webhooks.Application.Deliveries.GetDelivery;

public sealed record GetDeliveryQuery(Guid EndpointId, Guid DeliveryId) : IQuery<DeliveryResponse>;

/// <summary>One delivery with its attempts and the exact body that was signed and sent.</summary>
public sealed class GetDeliveryHandler(IWebhooksDbContext db, ICurrentUser user) : IQueryHandler<GetDeliveryQuery, DeliveryResponse>
{
    public async ValueTask<DeliveryResponse> Handle(GetDeliveryQuery q, CancellationToken ct)
    {
        var delivery = await db.GetDeliveryAsync(user, q.EndpointId, q.DeliveryId, ct, track: false);
        return delivery.ToResponse(delivery.Attempts, withPayload: true);
    }
}
