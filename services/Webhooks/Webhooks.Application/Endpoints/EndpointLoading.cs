using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Microsoft.EntityFrameworkCore;
using Webhooks.Application.Abstractions;
using Webhooks.Domain.Endpoints;

namespace Webhooks.Application.Endpoints;

/// <summary>An endpoint as the caller may see it: another partner's is not found (404), never forbidden.</summary>
public static class EndpointLoading
{
    public static async Task<WebhookEndpoint> GetEndpointAsync(this IWebhooksDbContext db, ICurrentUser user, Guid id, CancellationToken ct, bool track = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var query = track ? db.Endpoints : db.Endpoints.AsNoTracking();
        var endpoint = await query.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (endpoint is null || !user.CanSee(endpoint.PartnerId))
            throw new NotFoundException("webhook endpoint", id);
        return endpoint;
    }
}
