using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Webhooks.Application.Abstractions;
using Webhooks.Domain.Deliveries;

namespace Webhooks.Application.Events.FanOut;

/// <summary>An integration event arrived: one delivery per enabled endpoint of its partner subscribed to its type.</summary>
public sealed record FanOutEventCommand(WebhookEvent Event) : ICommand<int>, ITransactional;

/// <summary>
/// Runs inside the inbox transaction, so the deliveries (the service's webhook outbox) commit with the inbox row:
/// an event is fanned out once, however often the broker redelivers it.
/// </summary>
public sealed class FanOutEventHandler(IWebhooksDbContext db, IDispatchSignal signal, IOptions<WebhooksOptions> options, TimeProvider clock)
    : ICommandHandler<FanOutEventCommand, int>
{
    public async ValueTask<int> Handle(FanOutEventCommand c, CancellationToken ct)
    {
        var e = c.Event;
        var endpoints = await db.Endpoints
            .Where(x => x.PartnerId == e.PartnerId && x.Enabled && x.Events.Contains(e.Type))
            .Select(x => x.Id)
            .ToListAsync(ct);
        if (endpoints.Count == 0)
            return 0;
        var payload = e.ToPayload();
        var now = clock.GetUtcNow();
        foreach (var endpointId in endpoints)
            db.Deliveries.Add(Delivery.Create(endpointId, e.PartnerId, e.SourceEventId, e.Type, payload, options.Value.RetryWindow, now));
        signal.Notify();
        return endpoints.Count;
    }
}
