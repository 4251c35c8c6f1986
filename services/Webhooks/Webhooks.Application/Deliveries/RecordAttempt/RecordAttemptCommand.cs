using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Webhooks.Application.Abstractions;
using Webhooks.Domain.Deliveries;

namespace Webhooks.Application.Deliveries.RecordAttempt;

/// <summary>The dispatcher made an attempt: log it, schedule what comes next, and update the endpoint's health.</summary>
/// <returns>false when there was nothing to record (the delivery was deleted, or another replica finished it).</returns>
public sealed record RecordAttemptCommand(Guid DeliveryId, AttemptOutcome Outcome, DateTimeOffset AttemptedAt) : ICommand<bool>, ITransactional;

/// <summary>
/// A short transaction after the HTTP call, never around it. The endpoint row is locked first, so attempts of one
/// endpoint finishing together update its failure record one after the other.
/// </summary>
public sealed class RecordAttemptHandler(IWebhooksDbContext db, IOptions<WebhooksOptions> options) : ICommandHandler<RecordAttemptCommand, bool>
{
    public async ValueTask<bool> Handle(RecordAttemptCommand c, CancellationToken ct)
    {
        var endpointId = await db.Deliveries.Where(d => d.Id == c.DeliveryId).Select(d => (Guid?)d.EndpointId).SingleOrDefaultAsync(ct);
        if (endpointId is null || await db.LockEndpointAsync(endpointId.Value, ct) is not { } endpoint)
            return false;
        var delivery = await db.Deliveries.SingleAsync(d => d.Id == c.DeliveryId, ct);
        if (delivery.Status != DeliveryStatus.Pending)
            return false;
        delivery.RecordAttempt(c.Outcome, options.Value.Retries, Random.Shared.NextDouble(), c.AttemptedAt);
        if (c.Outcome.Succeeded)
            endpoint.RecordDeliverySucceeded();
        else
            endpoint.RecordDeliveryFailed(c.Outcome.Describe(), c.AttemptedAt);
        endpoint.DisableIfFailingFor(options.Value.DisableAfter, c.AttemptedAt);
        return true;
    }
}
