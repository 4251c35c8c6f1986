using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Persistence;

internal sealed class UnitOfWork(ServiceDbContext db, OutboxWriter outbox, OutboxSignal signal) : IUnitOfWork
{
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // An inbox consumer or an idempotent request owns the transaction; it commits and signals.
            var joined = await work(cancellationToken);
            await SaveAsync(cancellationToken);
            return joined;
        }

        var attempt = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                if (attempt++ > 0)
                    db.ChangeTracker.Clear(); // a retry starts from what the database holds
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await work(token);
                var published = await SaveAsync(token);
                await Transactions.CommitAsync(transaction, token);
                if (published)
                    signal.Notify();
                return result;
            },
            cancellationToken);
    }

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        var rows = outbox.AddPendingEvents(db);
        await db.SaveChangesAsync(cancellationToken);
        if (rows > 0)
            await OutboxNotifications.NotifyAsync(db, cancellationToken);
        return rows > 0;
    }
}
