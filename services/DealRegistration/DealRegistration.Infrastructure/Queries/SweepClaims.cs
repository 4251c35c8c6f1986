using DealRegistration.Application.Abstractions;
using DealRegistration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Infrastructure.Queries;

/// <summary>Due rows, locked for this transaction; rows another replica holds are skipped.</summary>
internal sealed class SweepClaims(DealsDbContext db) : ISweepClaims
{
    public Task<IReadOnlyList<Guid>> DealsAtRiskAsync(DateTimeOffset now, int batch, CancellationToken ct) =>
        Claim("SELECT id AS \"Value\" FROM dealreg.deals WHERE status = 'Submitted' AND sla_at_risk_at IS NULL AND decision_due_at < {0} ORDER BY decision_due_at LIMIT {1} FOR UPDATE SKIP LOCKED", now.AddHours(12), batch, ct);

    public Task<IReadOnlyList<Guid>> DealsBreachedAsync(DateTimeOffset now, int batch, CancellationToken ct) =>
        Claim("SELECT id AS \"Value\" FROM dealreg.deals WHERE status = 'Submitted' AND sla_breached_at IS NULL AND decision_due_at < {0} ORDER BY decision_due_at LIMIT {1} FOR UPDATE SKIP LOCKED", now, batch, ct);

    public Task<IReadOnlyList<Guid>> DealsPastProtectionAsync(DateTimeOffset now, int batch, CancellationToken ct) =>
        Claim("SELECT id AS \"Value\" FROM dealreg.deals WHERE status = 'Approved' AND protection_expires_at <= {0} ORDER BY protection_expires_at LIMIT {1} FOR UPDATE SKIP LOCKED", now, batch, ct);

    public Task<IReadOnlyList<Guid>> LeadsUnacceptedAsync(DateTimeOffset now, int batch, CancellationToken ct) =>
        Claim("SELECT id AS \"Value\" FROM dealreg.leads WHERE status = 'Assigned' AND assigned_at <= {0} ORDER BY assigned_at LIMIT {1} FOR UPDATE SKIP LOCKED", now.AddHours(-72), batch, ct);

    private async Task<IReadOnlyList<Guid>> Claim(string sql, DateTimeOffset at, int batch, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<Guid>(sql, at, batch).ToListAsync(ct);
}
