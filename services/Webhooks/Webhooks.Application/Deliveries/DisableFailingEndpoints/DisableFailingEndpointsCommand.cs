using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Webhooks.Application.Abstractions;

namespace Webhooks.Application.Deliveries.DisableFailingEndpoints;

/// <summary>
/// Disables endpoints still failing after the grace period even when no attempt is due any more (retries of a
/// single event stop at 72 h; the endpoint counts as failing until one succeeds).
/// </summary>
public sealed record DisableFailingEndpointsCommand(int Batch = 50) : ICommand<int>, ITransactional;

public sealed class DisableFailingEndpointsHandler(IWebhooksDbContext db, IOptions<WebhooksOptions> options, TimeProvider clock)
    : ICommandHandler<DisableFailingEndpointsCommand, int>
{
    public async ValueTask<int> Handle(DisableFailingEndpointsCommand c, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.DisableAfter;
        var ids = await db.Endpoints.Where(e => e.Enabled && e.FailingSince <= cutoff).OrderBy(e => e.FailingSince).Select(e => e.Id).Take(c.Batch).ToListAsync(ct);
        var disabled = 0;
        foreach (var id in ids)
        {
            if (await db.LockEndpointAsync(id, ct) is { } endpoint && endpoint.DisableIfFailingFor(options.Value.DisableAfter, now))
                disabled++;
        }

        return disabled;
    }
}
