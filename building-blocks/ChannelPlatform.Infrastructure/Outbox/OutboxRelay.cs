using ChannelPlatform.Infrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// Publishes outbox rows: claims due rows with <c>FOR UPDATE SKIP LOCKED</c> (replicas share the
/// work), publishes each with its message id and a timeout, marks it dispatched or backs it off,
/// then waits for a NOTIFY or the poll interval.
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RelayEnabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            int claimed;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox relay pass failed; retrying after the poll interval");
                claimed = 0;
            }

            if (claimed < _options.BatchSize)
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
        }
    }

    /// <returns>The number of rows claimed.</returns>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<OutboxPublisher>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await OutboxQueries.ClaimDue(db, clock.GetUtcNow(), _options.BatchSize).ToListAsync(cancellationToken);
        var heldBack = await HeldElsewhereAsync(db, rows, cancellationToken);
        foreach (var row in rows)
        {
            if (heldBack.Contains(row.AggregateId))
                continue; // an earlier event of this aggregate failed: keep per-aggregate order
            try
            {
                await publisher.PublishAsync(row, cancellationToken);
                row.DispatchedAt = clock.GetUtcNow();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                heldBack.Add(row.AggregateId);
                Fail(row, ex, clock.GetUtcNow());
                // The broker is likely down: do not hold this batch's locks through one timeout per
                // row; the rest stay due, untouched, for the next pass.
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>
    /// Aggregates with an earlier live row this relay did not claim (another replica holds it): their
    /// rows wait, so an aggregate's events leave in sequence order.
    /// </summary>
    private static async Task<HashSet<Guid>> HeldElsewhereAsync(ServiceDbContext db, List<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return [];
        var firstClaimed = rows.GroupBy(r => r.AggregateId).ToDictionary(g => g.Key, g => g.Min(r => r.Sequence));
        var aggregates = firstClaimed.Keys.ToList();
        var firstPending = await db.OutboxMessages.AsNoTracking()
            .Where(m => aggregates.Contains(m.AggregateId) && m.DispatchedAt == null && m.DeadAt == null)
            .GroupBy(m => m.AggregateId)
            .Select(g => new { Aggregate = g.Key, Sequence = g.Min(m => m.Sequence) })
            .ToListAsync(cancellationToken);
        return firstPending.Where(p => p.Sequence < firstClaimed[p.Aggregate]).Select(p => p.Aggregate).ToHashSet();
    }

    private void Fail(OutboxMessage row, Exception ex, DateTimeOffset now)
    {
        row.Attempts++;
        row.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
        if (row.Attempts >= _options.MaxAttempts)
        {
            row.DeadAt = now;
            logger.LogError(ex, "Outbox message {Sequence} ({MessageId}, {Exchange}) is dead after {Attempts} attempts", row.Sequence, row.MessageId, row.Exchange, row.Attempts);
            return;
        }

        row.NotBefore = now + _options.BackoffFor(row.Attempts);
        logger.LogWarning(ex, "Publishing outbox message {Sequence} to {Exchange} failed (attempt {Attempts}); next try at {NotBefore}", row.Sequence, row.Exchange, row.Attempts, row.NotBefore);
    }
}
