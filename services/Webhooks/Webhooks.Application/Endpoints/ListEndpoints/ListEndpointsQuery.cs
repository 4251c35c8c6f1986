using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Webhooks.Application.Abstractions;

namespace Webhooks.Application.Endpoints.ListEndpoints;

public sealed record ListEndpointsQuery(Guid? PartnerId, bool? Enabled, PageRequest Page) : IQuery<Page<EndpointResponse>>;

/// <summary>Endpoints in creation order; a partner user sees its own partner's only.</summary>
public sealed class ListEndpointsHandler(IWebhooksDbContext db, ICurrentUser user) : IQueryHandler<ListEndpointsQuery, Page<EndpointResponse>>
{
    public async ValueTask<Page<EndpointResponse>> Handle(ListEndpointsQuery q, CancellationToken ct)
    {
        var endpoints = db.Endpoints.AsNoTracking();
        if (user.ScopedPartnerId(q.PartnerId) is { } partnerId)
            endpoints = endpoints.Where(e => e.PartnerId == partnerId);
        if (q.Enabled is { } enabled)
            endpoints = endpoints.Where(e => e.Enabled == enabled);
        if (q.Page.After is { } after)
            endpoints = endpoints.Where(e => e.Id > after);
        var rows = await endpoints.OrderBy(e => e.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(e => e.ToResponse()).ToList(), q.Page.Limit, e => e.Id);
    }
}
