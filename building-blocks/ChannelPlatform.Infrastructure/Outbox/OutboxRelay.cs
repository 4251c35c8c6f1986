using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// Publishes outbox rows: claims a batch (<see cref="OutboxClaim"/>), publishes it with confirms in flight together
/// (<see cref="OutboxBatchPublisher"/>), marks what was confirmed and backs off what failed, commits, and loops while
/// batches are full; otherwise waits for a NOTIFY or the poll interval. While the broker is unreachable the whole
/// relay backs off (capped), instead of timing out row after row.
/// </summary>
internal sealed class OutboxRelay(
    OutboxDatabase db,
    OutboxBatchPublisher publisher,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RelayEnabled)
            return;
        var failedPasses = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            RelayPass pass;
            try
            {
                pass = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox relay pass failed; retrying after the poll interval");
                pass = new RelayPass(0, 0, 0);
            }

            failedPasses = pass.Published == 0 && pass.TransientFailures > 0 ? failedPasses + 1 : 0;
            if (failedPasses > 0)
                await Task.Delay(_options.BackoffFor(failedPasses, transient: true), clock, stoppingToken);
            else if (pass.Claimed < _options.BatchSize)
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
        }
    }

    /// <summary>One claim transaction: claim, publish, mark, commit.</summary>
    public async Task<RelayPass> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await OutboxClaim.TakeAsync(db, connection, transaction, clock.GetUtcNow(), _options.BatchSize, cancellationToken);
        var outcome = await publisher.PublishAsync(rows, cancellationToken);
        var now = clock.GetUtcNow();
        var failures = outcome.Failures.Select(f => Fail(f.Row, f.Error, now)).ToList();
        if (outcome.Failures.Count > 0)
        {
            // One line per pass, not per row: during an outage every row of a batch fails the same way.
            logger.LogWarning("Outbox relay: {Failed} of {Claimed} publishes failed ({Rejected} refused by the broker or serializer), first: {Error}",
                outcome.Failures.Count, rows.Count, outcome.Failures.Count(f => PublishFailure.IsRejection(f.Error)), outcome.Failures[0].Error.Message);
        }

        await OutboxMarks.DispatchedAsync(db, connection, transaction, outcome.Published, now, cancellationToken);
        await OutboxMarks.FailedAsync(db, connection, transaction, failures, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.Published(outcome.Published.Count);
        return new RelayPass(rows.Count, outcome.Published.Count, outcome.Failures.Count(f => !PublishFailure.IsRejection(f.Error)));
    }

    private FailedRow Fail(ClaimedRow row, Exception error, DateTimeOffset now)
    {
        var rejected = PublishFailure.IsRejection(error);
        metrics.Failed(rejected);
        var attempts = row.Attempts + 1;
        var rejections = row.Rejections + (rejected ? 1 : 0);
        var message = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        if (rejected && rejections >= _options.MaxAttempts)
        {
            logger.LogError(error, "Outbox message {Sequence} ({MessageId}, {Exchange}) is dead after {Rejections} rejections; "
                + "its aggregate's later events wait until it is re-armed", row.Sequence, row.MessageId, row.Exchange, rejections);
            return new FailedRow(row.Sequence, attempts, rejections, message, now, now);
        }

        var notBefore = now + _options.BackoffFor(rejected ? rejections : attempts, transient: !rejected);
        return new FailedRow(row.Sequence, attempts, rejections, message, notBefore, null);
    }
}

/// <summary>What one relay pass did.</summary>
public sealed record RelayPass(int Claimed, int Published, int TransientFailures);
