using Npgsql;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>What an operator sees and does with the outbox: its figures, its dead rows, and re-arming them.</summary>
public sealed class OutboxAdmin(OutboxDatabase db, OutboxSignal signal, TimeProvider clock)
{
    public async Task<OutboxStats> StatsAsync(CancellationToken cancellationToken)
    {
        await using var command = db.DataSource.CreateCommand($"""
            SELECT (SELECT count(*) FROM {db.Table} WHERE dispatched_at IS NULL AND dead_at IS NULL),
                   (SELECT count(*) FROM {db.Table} WHERE dispatched_at IS NULL AND dead_at IS NOT NULL),
                   (SELECT created_at FROM {db.Table} WHERE dispatched_at IS NULL AND dead_at IS NULL ORDER BY sequence LIMIT 1)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var oldest = reader.IsDBNull(2) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(2);
        var age = oldest is { } o ? Math.Max(0, (clock.GetUtcNow() - o).TotalSeconds) : 0;
        return new OutboxStats(reader.GetInt64(0), reader.GetInt64(1), age);
    }

    /// <summary>Dead rows in sequence order, after <paramref name="afterSequence"/>.</summary>
    public async Task<IReadOnlyList<DeadRow>> DeadAsync(long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var command = db.DataSource.CreateCommand($"""
            SELECT sequence, message_id, exchange, aggregate_id, attempts, rejections, last_error, created_at, dead_at
            FROM {db.Table} WHERE dead_at IS NOT NULL AND dispatched_at IS NULL AND sequence > @after
            ORDER BY sequence LIMIT @limit
            """);
        command.Parameters.AddWithValue("after", afterSequence);
        command.Parameters.AddWithValue("limit", limit);
        var rows = new List<DeadRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeadRow(
                reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3), reader.GetInt32(4), reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return rows;
    }

    /// <summary>Makes dead rows live and due again (all of them, or those with the given message ids); returns how many.</summary>
    public async Task<int> RearmAsync(IReadOnlyCollection<Guid>? messageIds, CancellationToken cancellationToken)
    {
        var filter = messageIds is null ? string.Empty : " AND message_id = ANY(@ids)";
        await using var command = db.DataSource.CreateCommand(
            $"UPDATE {db.Table} SET dead_at = NULL, rejections = 0, not_before = @now WHERE dead_at IS NOT NULL AND dispatched_at IS NULL{filter}");
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        if (messageIds is not null)
            command.Parameters.AddWithValue("ids", messageIds.ToArray());
        var rearmed = await command.ExecuteNonQueryAsync(cancellationToken);
        if (rearmed > 0)
        {
            signal.Notify();
            await using var notify = db.DataSource.CreateCommand($"NOTIFY {db.Channel}"); // the other replicas
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }

        return rearmed;
    }
}

/// <summary>A dead outbox row as an operator lists it.</summary>
public sealed record DeadRow(
    long Sequence, Guid MessageId, string Exchange, Guid AggregateId, int Attempts, int Rejections, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset DeadAt);
