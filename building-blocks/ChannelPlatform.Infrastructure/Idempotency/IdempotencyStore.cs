using ChannelPlatform.Infrastructure.Outbox;
using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChannelPlatform.Infrastructure.Idempotency;

public enum IdempotencyOutcome
{
    Started,
    Replay,
    InProgress,
    BodyMismatch,
}

/// <summary>
/// The stored side of <c>Idempotency-Key</c>. The key is claimed inside the request's own transaction and the
/// response is written in it before the commit, so the key and the command's effects commit together or not at
/// all: a crash leaves no half-done key behind, and a retry after a crash runs the command exactly once. An
/// identical request arriving meanwhile waits on the uncommitted key, then replays the first response; if it waits
/// longer than <see cref="WaitForFirst"/> it is told the first is still in progress.
/// </summary>
public sealed class IdempotencyStore(ServiceDbContext db, TimeProvider clock, IOptions<OutboxOptions> options)
{
    public static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(5);

    private string Table => $"\"{db.Schema}\".idempotency_requests";

#pragma warning disable EF1002 // the table name is the service's constant schema
    /// <summary>Call inside the request's transaction.</summary>
    public async Task<(IdempotencyOutcome Outcome, IdempotencyRecord? Record)> ClaimAsync(string caller, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlRawAsync($"SET LOCAL lock_timeout = '{(int)WaitForFirst.TotalMilliseconds}ms'", cancellationToken);
        try
        {
            var claimed = await db.Database.ExecuteSqlRawAsync(
                $$"""
                INSERT INTO {{Table}} AS r (caller, key, request_hash, created_at) VALUES ({0}, {1}, {2}, {3})
                ON CONFLICT (caller, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
                    status_code = NULL, content_type = NULL, location = NULL, etag = NULL, body = NULL
                WHERE r.created_at < {4}
                """,
                [caller, key, requestHash, now, now - options.Value.IdempotencyRetention],
                cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = 0", cancellationToken);
            if (claimed == 1)
                return (IdempotencyOutcome.Started, null); // new, or an expired key taken over (one caller wins the row)
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return (IdempotencyOutcome.InProgress, null); // the transaction is aborted: the caller rolls it back
        }

        var existing = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Caller == caller && r.Key == key, cancellationToken);
        if (existing.RequestHash != requestHash)
            return (IdempotencyOutcome.BodyMismatch, existing);
        return existing.StatusCode is null ? (IdempotencyOutcome.InProgress, existing) : (IdempotencyOutcome.Replay, existing);
    }

    /// <summary>Writes the response in the claim's transaction, before its commit.</summary>
    public Task CompleteAsync(string caller, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.StatusCode, response.StatusCode)
                    .SetProperty(r => r.ContentType, response.ContentType)
                    .SetProperty(r => r.Location, response.Location)
                    .SetProperty(r => r.ETag, response.ETag)
                    .SetProperty(r => r.Body, response.Body),
                cancellationToken);
    }

    /// <summary>An error answer after the claim's transaction was rolled back: kept on its own, unless another request won the key.</summary>
    public Task RecordAsync(string caller, string key, string requestHash, StoredResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO {{Table}} (caller, key, request_hash, created_at, status_code, content_type, location, etag, body)
            VALUES (@caller, @key, @hash, @at, @status, @type, @location, @etag, @body) ON CONFLICT DO NOTHING
            """,
            [
                new NpgsqlParameter("caller", caller), new NpgsqlParameter("key", key), new NpgsqlParameter("hash", requestHash),
                new NpgsqlParameter("at", clock.GetUtcNow()), new NpgsqlParameter("status", response.StatusCode),
                Text("type", response.ContentType), Text("location", response.Location), Text("etag", response.ETag),
                new NpgsqlParameter("body", response.Body),
            ],
            cancellationToken);
    }
#pragma warning restore EF1002

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlTypes.NpgsqlDbType.Varchar) { Value = (object?)value ?? DBNull.Value };
}
