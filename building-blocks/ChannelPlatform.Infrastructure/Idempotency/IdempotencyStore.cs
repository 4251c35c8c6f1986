using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Idempotency;

public enum IdempotencyOutcome
{
    Started,
    Replay,
    InProgress,
    BodyMismatch,
}

/// <summary>The stored side of <c>Idempotency-Key</c>: claim a key, keep the first response, replay it.</summary>
public sealed class IdempotencyStore(ServiceDbContext db, TimeProvider clock)
{
    /// <summary>A claim older than this whose request never finished (a crash) may be taken over.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    public async Task<(IdempotencyOutcome Outcome, IdempotencyRecord? Record)> BeginAsync(string caller, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
#pragma warning disable EF1002 // schema is a constant of the service
        var inserted = await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"{db.Schema}\".idempotency_requests (caller, key, request_hash, created_at) VALUES ({{0}}, {{1}}, {{2}}, {{3}}) ON CONFLICT DO NOTHING",
            [caller, key, requestHash, now],
            cancellationToken);
#pragma warning restore EF1002
        if (inserted == 1)
            return (IdempotencyOutcome.Started, null);

        var existing = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);
        if (existing is null)
            return await BeginAsync(caller, key, requestHash, cancellationToken);
        if (existing.RequestHash != requestHash)
            return (IdempotencyOutcome.BodyMismatch, existing);
        if (existing.StatusCode is not null)
            return (IdempotencyOutcome.Replay, existing);
        if (now - existing.CreatedAt > AbandonedAfter)
        {
            await db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key && r.StatusCode == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, now), cancellationToken);
            return (IdempotencyOutcome.Started, null);
        }

        return (IdempotencyOutcome.InProgress, existing);
    }

    public Task CompleteAsync(string caller, string key, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.StatusCode, statusCode)
                    .SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.Location, location)
                    .SetProperty(r => r.Body, body),
                cancellationToken);

    /// <summary>The request failed on our side: forget the key so the client can retry it.</summary>
    public Task AbandonAsync(string caller, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key && r.StatusCode == null)
            .ExecuteDeleteAsync(cancellationToken);
}
