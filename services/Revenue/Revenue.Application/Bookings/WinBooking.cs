using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Revenue.Application.Abstractions;
using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;

namespace Revenue.Application.Bookings;

/// <summary>
/// Books won deals: exactly once per deal (a unique key on the booking's deal backs this up), at the
/// compensation of the agreement in force on the close date. A win whose partner or terms are not known
/// yet waits as a <see cref="PendingWin"/> and is booked when they arrive. Callers hold the partner lock.
/// </summary>
public sealed class WinBooking(IRevenueDbContext db, TimeProvider clock, ILogger<WinBooking> logger)
{
    public async Task BookOrWaitAsync(PendingWin win, CancellationToken ct)
    {
        if (await db.Bookings.AnyAsync(b => b.DealId == win.DealId, ct) || await db.PendingWins.AnyAsync(p => p.DealId == win.DealId, ct))
            return;
        var (partner, agreements) = await TermsOfAsync(win.PartnerId, ct);
        var waitingFor = WaitingFor(partner, agreements, win.ClosedOn);
        if (waitingFor is null)
            Book(win, partner!, agreements);
        else
        {
            win.StillWaitingFor(waitingFor);
            db.PendingWins.Add(win);
            logger.LogWarning("Won deal {DealId} of partner {PartnerId} is not booked yet: waiting for {WaitingFor} (GET /api/v1/revenue/pending-wins)", win.DealId, win.PartnerId, waitingFor);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Books every waiting win of the partner whose terms are now known.</summary>
    public async Task BookPendingAsync(Guid partnerId, CancellationToken ct)
    {
        var pending = await db.PendingWins.Where(p => p.PartnerId == partnerId).ToListAsync(ct);
        if (pending.Count == 0)
            return;
        var (partner, agreements) = await TermsOfAsync(partnerId, ct);
        foreach (var win in pending)
        {
            var waitingFor = WaitingFor(partner, agreements, win.ClosedOn);
            if (waitingFor is not null)
            {
                win.StillWaitingFor(waitingFor);
                continue;
            }

            Book(win, partner!, agreements);
            db.PendingWins.Remove(win);
        }

        await db.SaveChangesAsync(ct);
    }

    private static string? WaitingFor(RevenuePartner? partner, IReadOnlyList<AgreementTerms> agreements, DateOnly closedOn)
    {
        if (partner?.Tier is null || partner.Region is null)
            return "partner.activated";
        return AgreementTerms.InForceOn(agreements, closedOn) is null ? "partner.agreement-signed (an agreement in force on the close date)" : null;
    }

    private void Book(PendingWin win, RevenuePartner partner, IReadOnlyList<AgreementTerms> agreements)
    {
        var terms = AgreementTerms.InForceOn(agreements, win.ClosedOn)!;
        var rate = terms.RateWith(partner.MarginBonusPercent);
        db.Bookings.Add(Booking.FromWonDeal(win.DealId, win.PartnerId, win.CampaignId, win.ActualValue, win.Currency, win.ClosedOn, partner.Region!.Value, rate, clock.GetUtcNow()));
    }

    private async Task<(RevenuePartner? Partner, IReadOnlyList<AgreementTerms> Agreements)> TermsOfAsync(Guid partnerId, CancellationToken ct)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.PartnerId == partnerId, ct);
        var agreements = await db.Agreements.Where(a => a.PartnerId == partnerId).ToListAsync(ct);
        return (partner, agreements);
    }
}
