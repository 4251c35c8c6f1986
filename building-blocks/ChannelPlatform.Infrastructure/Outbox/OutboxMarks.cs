using Npgsql;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>What a relay pass writes back, in its claim transaction: rows sent, and rows that failed.</summary>
internal static class OutboxMarks
{
    public static async Task DispatchedAsync(
        OutboxDatabase db, NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<long> sequences, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0)
            return;
        await using var command = new NpgsqlCommand($"UPDATE {db.Table} SET dispatched_at = @at WHERE sequence = ANY(@sequences)", connection, transaction);
        command.Parameters.AddWithValue("at", at);
        command.Parameters.AddWithValue("sequences", sequences.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task FailedAsync(
        OutboxDatabase db, NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<FailedRow> failures, CancellationToken cancellationToken)
    {
        if (failures.Count == 0)
            return;
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            foreach (var f in failures)
            {
                var command = new NpgsqlBatchCommand(
                    $"UPDATE {db.Table} SET attempts = @p1, rejections = @p2, last_error = @p3, not_before = @p4, dead_at = @p5 WHERE sequence = @p0");
                command.Parameters.AddWithValue("p0", f.Sequence);
                command.Parameters.AddWithValue("p1", f.Attempts);
                command.Parameters.AddWithValue("p2", f.Rejections);
                command.Parameters.AddWithValue("p3", f.LastError);
                command.Parameters.AddWithValue("p4", f.NotBefore);
                command.Parameters.AddWithValue("p5", (object?)f.DeadAt ?? DBNull.Value);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>A failed row's new state.</summary>
internal sealed record FailedRow(long Sequence, int Attempts, int Rejections, string LastError, DateTimeOffset NotBefore, DateTimeOffset? DeadAt);
