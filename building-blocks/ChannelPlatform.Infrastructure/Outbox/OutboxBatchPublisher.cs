using MassTransit;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// Publishes a claimed batch with many confirms in flight: each aggregate's rows one after another (its order),
/// different aggregates at the same time. After a row of an aggregate fails, its later rows are not tried.
/// </summary>
public sealed class OutboxBatchPublisher(OutboxPublisher publisher, RelayHealth health, IBusControl bus)
{
    public async Task<BatchOutcome> PublishAsync(IReadOnlyList<ClaimedRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var perAggregate = await Task.WhenAll(rows.GroupBy(r => r.AggregateId).Select(g => PublishInOrderAsync(g.ToList(), cancellationToken)));
        var published = perAggregate.SelectMany(a => a.Published).Order().ToList();
        var failures = perAggregate.SelectMany(a => a.Failures).ToList();
        if (published.Count > 0)
            health.Published();
        else if (failures.Count > 0 && failures.All(f => f.Error is TimeoutException))
            health.TimedOut(connected: bus.CheckHealth().Status == BusHealthStatus.Healthy);
        return new BatchOutcome(published, failures);
    }

    private async Task<BatchOutcome> PublishInOrderAsync(List<ClaimedRow> rows, CancellationToken cancellationToken)
    {
        var published = new List<long>();
        foreach (var row in rows)
        {
            try
            {
                await publisher.PublishAsync(row, cancellationToken);
                published.Add(row.Sequence);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return new BatchOutcome(published, [new PublishError(row, ex)]);
            }
        }

        return new BatchOutcome(published, []);
    }
}

public sealed record PublishError(ClaimedRow Row, Exception Error);

public sealed record BatchOutcome(IReadOnlyList<long> Published, IReadOnlyList<PublishError> Failures);
