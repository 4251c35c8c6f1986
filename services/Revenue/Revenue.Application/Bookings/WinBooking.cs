using ChannelPlatform.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Revenue.Application.Abstractions;
using Revenue.Application.Rates;
using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;
using Revenue.Domain.Rates;

namespace Revenue.Application.Bookings;

/// <summary>
/// Books won deals: exactly once per deal (a unique key on the booking's deal backs this up), at the compensation of
/// the agreement in force on the close date and the exchange rates in force on it. A win whose partner, terms or rates
/// are not known yet waits as a <see cref="PendingWin"/> and is booked when they arrive. Callers hold the partner lock
/// (<see cref="BookWaitingForRatesAsync"/> takes it itself).
/// </summary>
public sealed class WinBooking(IRevenueDbContext db, ExchangeRateBook rates, TimeProvider clock, ILogger<WinBooking> logger)
{
    private sealed record Pricing(AgreementTerms Terms, DatedRate DealRate, DatedRate PayoutRate);

    public async Task BookOrWaitAsync(PendingWin win, CancellationToken ct)
    {
        if (await db.Bookings.AnyAsync(b => b.DealId == win.DealId, ct) || await db.PendingWins.AnyAsync(p => p.DealId == win.DealId, ct))
            return;
        var (partner, agreements) = await TermsOfAsync(win.PartnerId, ct);
        var (pricing, waitingFor) = await PriceAsync(win, partner, agreements, ct);
        if (pricing is not null)
            Book(win, partner!, pricing);
        else
        {
            win.StillWaitingFor(waitingFor!);
            db.PendingWins.Add(win);
            logger.LogWarning(
                "Won deal {DealId} of partner {PartnerId} is not booked yet: waiting for {WaitingFor} (GET /api/v1/revenue/pending-wins)",
                win.DealId, win.PartnerId, waitingFor);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Books every waiting win of the partner whose terms and rates are now known.</summary>
    public async Task BookPendingAsync(Guid partnerId, CancellationToken ct)
    {
        var pending = await db.PendingWins.Where(p => p.PartnerId == partnerId).ToListAsync(ct);
        if (pending.Count == 0)
            return;
        var (partner, agreements) = await TermsOfAsync(partnerId, ct);
        foreach (var win in pending)
        {
            var (pricing, waitingFor) = await PriceAsync(win, partner, agreements, ct);
            if (pricing is null)
            {
                win.StillWaitingFor(waitingFor!);
                continue;
            }

            Book(win, partner!, pricing);
            db.PendingWins.Remove(win);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>After rates were set: each partner with a win waiting for a rate, under its lock, in id order (no lock cycles).</summary>
    public async Task BookWaitingForRatesAsync(CancellationToken ct)
    {
        var partners = await db.PendingWins.Where(p => p.WaitingFor.StartsWith(ExchangeRateMustBeKnown.WaitingPrefix))
            .Select(p => p.PartnerId).Distinct().OrderBy(id => id).ToListAsync(ct);
        foreach (var partnerId in partners)
        {
            await db.LockPartnerAsync(partnerId, ct);
            await BookPendingAsync(partnerId, ct);
        }
    }

    private async Task<(Pricing? Pricing, string? WaitingFor)> PriceAsync(
        PendingWin win, RevenuePartner? partner, IReadOnlyList<AgreementTerms> agreements, CancellationToken ct)
    {
        if (partner?.Tier is null || partner.Region is null)
            return (null, "partner.activated");
        if (AgreementTerms.InForceOn(agreements, win.ClosedOn) is not { } terms)
            return (null, "partner.agreement-signed (an agreement in force on the close date)");
        var dealCurrency = Currency.Of(win.Currency);
        var payoutCurrency = Currency.Of(terms.PayoutCurrency);
        if (await rates.FindAsync(dealCurrency, win.ClosedOn, ct) is not { } dealRate)
            return (null, new ExchangeRateMustBeKnown(dealCurrency.Code, win.ClosedOn).WaitingFor);
        if (await rates.FindAsync(payoutCurrency, win.ClosedOn, ct) is not { } payoutRate)
            return (null, new ExchangeRateMustBeKnown(payoutCurrency.Code, win.ClosedOn).WaitingFor);
        return (new Pricing(terms, dealRate, payoutRate), null);
    }

    private void Book(PendingWin win, RevenuePartner partner, Pricing pricing)
    {
        var rate = pricing.Terms.RateWith(partner.MarginBonusPercent);
        var value = Money.Of(win.ActualValue, pricing.DealRate.Currency);
        db.Bookings.Add(Booking.FromWonDeal(
            win.DealId, win.PartnerId, win.CampaignId, value, win.ClosedOn, partner.Region!.Value, rate, pricing.DealRate, pricing.PayoutRate,
            rates.Reporting, clock.GetUtcNow()));
    }

    private async Task<(RevenuePartner? Partner, IReadOnlyList<AgreementTerms> Agreements)> TermsOfAsync(Guid partnerId, CancellationToken ct)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.PartnerId == partnerId, ct);
        var agreements = await db.Agreements.Where(a => a.PartnerId == partnerId).ToListAsync(ct);
        return (partner, agreements);
    }
}
