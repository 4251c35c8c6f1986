using Npgsql;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// Takes the next rows to publish, in sequence order, for this relay alone:
/// <list type="bullet">
/// <item>live, due rows, locked with <c>FOR UPDATE SKIP LOCKED</c> (rows another replica holds are skipped), and not
/// behind an earlier row of their aggregate that is dead or backing off;</item>
/// <item>then, on those rows only (never on every row the scan passes), a transaction-scoped advisory lock per
/// aggregate, so one aggregate is published by one relay at a time;</item>
/// <item>and none behind an earlier undispatched row of its aggregate that this claim did not take (another relay
/// has it, or it lies past the batch): an aggregate's events leave in order.</item>
/// </list>
/// </summary>
internal static class OutboxClaim
{
    public static async Task<List<ClaimedRow>> TakeAsync(
        OutboxDatabase db, NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql(db.Table), connection, transaction);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("batch", batchSize);
        var rows = new List<ClaimedRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ClaimedRow(
                reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetGuid(5), reader.GetInt32(6), reader.GetInt32(7)));
        }

        return rows;
    }

    private static string Sql(string table) => $"""
        WITH due AS MATERIALIZED (
            SELECT o.sequence, o.aggregate_id FROM {table} o
            WHERE o.dispatched_at IS NULL AND o.dead_at IS NULL AND o.not_before <= @now
              AND NOT EXISTS (
                SELECT 1 FROM {table} p
                WHERE p.aggregate_id = o.aggregate_id AND p.sequence < o.sequence AND p.dispatched_at IS NULL
                  AND (p.dead_at IS NOT NULL OR p.not_before > @now))
            ORDER BY o.sequence
            LIMIT @batch
            FOR UPDATE OF o SKIP LOCKED
        ), mine AS MATERIALIZED (
            SELECT d.sequence, d.aggregate_id FROM due d
            WHERE pg_try_advisory_xact_lock(hashtextextended('outbox:' || d.aggregate_id::text, 0))
        )
        SELECT o.sequence, o.message_id, o.exchange, o.body::text, o.headers::text, o.aggregate_id, o.attempts, o.rejections
        FROM {table} o JOIN mine m ON m.sequence = o.sequence
        WHERE NOT EXISTS (
            SELECT 1 FROM {table} p
            WHERE p.aggregate_id = o.aggregate_id AND p.sequence < o.sequence AND p.dispatched_at IS NULL
              AND p.sequence NOT IN (SELECT sequence FROM mine))
        ORDER BY o.sequence
        """;
}
