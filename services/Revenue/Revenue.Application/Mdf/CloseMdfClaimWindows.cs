using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Application.Rates;
using Revenue.Domain.Mdf;

namespace Revenue.Application.Mdf;

/// <summary>The daily close: approved MDF requests past plannedOn + 60 days hand their unclaimed funds back to the budget, once.</summary>
public sealed record CloseMdfClaimWindowsCommand(int Batch = 200) : ICommand<int>, ITransactional;

/// <summary>
/// Each request is closed under its partner's lock (as claims and approvals are), so the close never
/// races a claim on the same request; a second replica finds it closed already.
/// </summary>
public sealed class CloseMdfClaimWindowsHandler(IRevenueDbContext db, ExchangeRateBook rates, TimeProvider clock) : ICommandHandler<CloseMdfClaimWindowsCommand, int>
{
    public async ValueTask<int> Handle(CloseMdfClaimWindowsCommand c, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lastOpenPlannedOn = today.AddDays(-MdfRequest.ClaimWindowDays);
        var due = await db.MdfRequests.AsNoTracking()
            .Where(r => r.Status == MdfRequestStatus.Approved && !r.ClaimsClosed && r.PlannedOn < lastOpenPlannedOn)
            .OrderBy(r => r.PlannedOn).Take(c.Batch)
            .Select(r => new { r.Id, r.PartnerId })
            .ToListAsync(ct);
        var closed = 0;
        foreach (var partner in due.GroupBy(r => r.PartnerId))
        {
            await db.LockPartnerAsync(partner.Key, ct);
            var ids = partner.Select(r => r.Id).ToList();
            foreach (var request in await db.MdfRequests.Where(r => ids.Contains(r.Id)).ToListAsync(ct))
            {
                var (budget, _) = await new MdfBudgetCalculator(db, rates, clock).LockAsync(request.PartnerId, request.PlannedOn.Year, ct);
                if (request.CloseClaims(budget, today))
                    closed++;
            }
        }

        return closed;
    }
}
