using ChannelPlatform.Application.Messaging;
using DealRegistration.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Jobs;

/// <summary>One pass of the time-driven rules: SLA at risk (36 h), SLA breached (48 h), protection expiry, lead expiry (72 h).</summary>
public sealed record RunSweepCommand(int Batch = 500) : ICommand<SweepResult>, ITransactional;

public sealed record SweepResult(int AtRisk, int Breached, int DealsExpired, int LeadsExpired)
{
    public int Total => AtRisk + Breached + DealsExpired + LeadsExpired;
}

/// <summary>
/// Rows are claimed with row locks inside this command's transaction, and each flag is set once,
/// so two replicas sweeping at the same moment raise each event exactly once.
/// </summary>
public sealed class RunSweepHandler(IDealsDbContext db, ISweepClaims claims, TimeProvider clock) : ICommandHandler<RunSweepCommand, SweepResult>
{
    public async ValueTask<SweepResult> Handle(RunSweepCommand c, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var atRisk = await ForDeals(await claims.DealsAtRiskAsync(now, c.Batch, ct), d => d.FlagSlaAtRisk(now), ct);
        var breached = await ForDeals(await claims.DealsBreachedAsync(now, c.Batch, ct), d => d.FlagSlaBreached(now), ct);
        var expired = await ForDeals(await claims.DealsPastProtectionAsync(now, c.Batch, ct), d => d.ExpireIfProtectionEnded(now), ct);
        var leadIds = await claims.LeadsUnacceptedAsync(now, c.Batch, ct);
        var leads = await db.Leads.Where(l => leadIds.Contains(l.Id)).ToListAsync(ct);
        var leadsExpired = leads.Count(l => l.ExpireIfUnaccepted(now));
        return new SweepResult(atRisk, breached, expired, leadsExpired);
    }

    private async Task<int> ForDeals(IReadOnlyList<Guid> ids, Func<Domain.Deals.Deal, bool> apply, CancellationToken ct)
    {
        if (ids.Count == 0)
            return 0;
        var deals = await db.Deals.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        return deals.Count(apply);
    }
}
