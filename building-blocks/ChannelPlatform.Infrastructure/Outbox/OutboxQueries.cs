using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Outbox;

internal static class OutboxQueries
{
    /// <summary>
    /// Due rows in sequence order, locked for this relay; rows another replica holds are skipped.
    /// A row waits while an earlier row of its aggregate is backing off after a failure, and an
    /// aggregate whose rows another relay is publishing (its transaction-scoped advisory lock) is
    /// left to that relay, so per-aggregate order holds with several replicas.
    /// </summary>
    public static IQueryable<OutboxMessage> ClaimDue(ServiceDbContext db, DateTimeOffset now, int batchSize)
    {
        var table = $"\"{db.Schema}\".outbox_messages";
#pragma warning disable EF1002 // table name is the service's constant schema
        return db.OutboxMessages.FromSqlRaw(
            $$"""
            SELECT o.* FROM {{table}} o
            WHERE o.dispatched_at IS NULL AND o.dead_at IS NULL AND o.not_before <= {0}
              AND NOT EXISTS (
                SELECT 1 FROM {{table}} p
                WHERE p.aggregate_id = o.aggregate_id AND p.sequence < o.sequence
                  AND p.dispatched_at IS NULL AND p.dead_at IS NULL AND p.not_before > {0})
              AND pg_try_advisory_xact_lock(hashtextextended('outbox:' || o.aggregate_id::text, 0))
            ORDER BY o.sequence
            LIMIT {1}
            FOR UPDATE OF o SKIP LOCKED
            """,
            now,
            batchSize);
#pragma warning restore EF1002
    }
}
