using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Microsoft.EntityFrameworkCore;
using Webhooks.Application.Abstractions;
using Webhooks.Application.Endpoints;
using Webhooks.Domain.Deliveries;

namespace Webhooks.Application.Deliveries;

/// <summary>A delivery of an endpoint the caller may see, with its attempts.</summary>
public static class DeliveryLoading
{
    public static async Task<Delivery> GetDeliveryAsync(this IWebhooksDbContext db, ICurrentUser user, Guid endpointId, Guid deliveryId, CancellationToken ct, bool track = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.GetEndpointAsync(user, endpointId, ct, track: false);
        var query = (track ? db.Deliveries : db.Deliveries.AsNoTracking()).Include(d => d.Attempts);
        return await query.SingleOrDefaultAsync(d => d.Id == deliveryId && d.EndpointId == endpointId, ct)
            ?? throw new NotFoundException("delivery", deliveryId);
    }
}
