using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Infrastructure.Outbox;
using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Inbox;

/// <summary>
/// One transaction per delivery: record (message, consumer) first; when it was already there the
/// delivery is a duplicate and nothing else happens. A concurrent duplicate waits on the key and
/// then sees it. A transient fault retries the whole transaction: even after a commit whose answer
/// was lost, the retry finds the inbox row and stops.
/// </summary>
internal sealed class InboxStore(ServiceDbContext db, TimeProvider clock, OutboxSignal signal, OutboxMetrics metrics) : IInbox
{
    public async Task<bool> ExecuteOnceAsync(Guid messageId, string consumer, Func<CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        var strategy = db.Database.CreateExecutionStrategy();
        var applied = await strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear(); // each attempt starts clean
                await using var transaction = await db.Database.BeginTransactionAsync(token);
#pragma warning disable EF1002 // schema is a constant of the service
                var inserted = await db.Database.ExecuteSqlRawAsync(
                    $"INSERT INTO \"{db.Schema}\".inbox_messages (message_id, consumer, received_at) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING",
                    [messageId, consumer, clock.GetUtcNow()],
                    token);
#pragma warning restore EF1002
                if (inserted == 0)
                {
                    await transaction.RollbackAsync(token);
                    return false;
                }

                await effect(token);
                await transaction.CommitAsync(token);
                return true;
            },
            cancellationToken);
        if (applied)
            signal.Notify();
        else
            metrics.DuplicateSkipped(consumer);
        return applied;
    }
}
