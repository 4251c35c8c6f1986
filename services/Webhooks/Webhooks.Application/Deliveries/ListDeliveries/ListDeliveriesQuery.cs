using ChannelPlatform.Application;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Webhooks.Application.Abstractions;
using Webhooks.Application.Endpoints;
using Webhooks.Domain.Deliveries;

namespace Webhooks.Application.Deliveries.ListDeliveries;

public sealed record ListDeliveriesQuery(Guid EndpointId, string? Status, string? EventType, PageRequest Page) : IQuery<Page<DeliveryResponse>>;

public sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveriesQuery>
{
    public ListDeliveriesValidator() => RuleFor(q => q.Status).IsEnumName<ListDeliveriesQuery, DeliveryStatus>().When(q => q.Status is not null);
}

/// <summary>The endpoint's delivery log, oldest first, each with its attempts (one query for the page's attempts).</summary>
public sealed class ListDeliveriesHandler(IWebhooksDbContext db, ICurrentUser user) : IQueryHandler<ListDeliveriesQuery, Page<DeliveryResponse>>
{
    public async ValueTask<Page<DeliveryResponse>> Handle(ListDeliveriesQuery q, CancellationToken ct)
    {
        await db.GetEndpointAsync(user, q.EndpointId, ct, track: false);
        var deliveries = db.Deliveries.AsNoTracking().Where(d => d.EndpointId == q.EndpointId);
        if (q.Status is not null)
        {
            var status = Validation.ParseEnum<DeliveryStatus>(q.Status);
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (q.EventType is not null)
            deliveries = deliveries.Where(d => d.EventType == q.EventType);
        if (q.Page.After is { } after)
            deliveries = deliveries.Where(d => d.Id > after);
        var rows = await deliveries.OrderBy(d => d.Id).Take(q.Page.Limit + 1).ToListAsync(ct);
        var ids = rows.Select(d => d.Id).ToList();
        var attempts = (await db.DeliveryAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(ct)).ToLookup(a => a.DeliveryId);
        return KeysetCursor.ToPage(rows.Select(d => d.ToResponse(attempts[d.Id], withPayload: false)).ToList(), q.Page.Limit, d => d.Id);
    }
}
