using Microsoft.EntityFrameworkCore;
using Webhooks.Infrastructure.Persistence;

namespace Webhooks.Infrastructure.Dispatching;

/// <summary>
/// Claims due deliveries for this replica with a lease (<c>locked_until</c>) in one short statement
/// (<c>FOR UPDATE SKIP LOCKED</c>): no row lock is held during the HTTP call, and a replica that dies mid-call
/// gives its rows back when the lease ends. Deliveries of disabled endpoints wait.
/// </summary>
internal sealed class DeliveryClaims(WebhooksDbContext db)
{
    private const string ClaimSql = """
        UPDATE webhooks.deliveries AS d SET locked_until = {0}
        WHERE d.id IN (
            SELECT x.id FROM webhooks.deliveries AS x JOIN webhooks.endpoints AS e ON e.id = x.endpoint_id
            WHERE x.status = 'Pending' AND x.next_attempt_at <= {1} AND (x.locked_until IS NULL OR x.locked_until <= {1}) AND e.enabled
            ORDER BY x.next_attempt_at
            LIMIT {2}
            FOR UPDATE OF x SKIP LOCKED)
        RETURNING d.id AS "Value"
        """;

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(int batch, TimeSpan lease, DateTimeOffset now, CancellationToken ct)
    {
        var ids = await db.Database.SqlQueryRaw<Guid>(ClaimSql, now + lease, now, batch).ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .Join(db.Endpoints.AsNoTracking(), d => d.EndpointId, e => e.Id, (d, e) => new { Delivery = d, Endpoint = e })
            .ToListAsync(ct);
        return rows.Select(r => new ClaimedDelivery(r.Delivery.Id, r.Delivery.WebhookId, new Uri(r.Endpoint.Url), r.Delivery.Payload, r.Endpoint.SigningSecretsAt(now)))
            .ToList();
    }

    /// <summary>After the attempt is recorded: a retry may be due before the lease would have ended.</summary>
    public Task ReleaseAsync(Guid id, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("UPDATE webhooks.deliveries SET locked_until = NULL WHERE id = {0}", [id], ct);
}
