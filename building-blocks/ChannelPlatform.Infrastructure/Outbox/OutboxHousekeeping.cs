using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>Deletes dispatched outbox rows, old inbox rows and expired idempotency records after their retention.</summary>
internal sealed class OutboxHousekeeping(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxHousekeeping> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        using var timer = new PeriodicTimer(o.HousekeepingInterval, clock);
        do
        {
            try
            {
                await CleanAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox housekeeping failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task CleanAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var outboxCutoff = now - o.DispatchedRetention;
        var inboxCutoff = now - o.InboxRetention;
        var idempotencyCutoff = now - o.IdempotencyRetention;
        await db.OutboxMessages.Where(m => m.DispatchedAt < outboxCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.InboxMessages.Where(m => m.ReceivedAt < inboxCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.IdempotencyRecords.Where(r => r.CreatedAt < idempotencyCutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
