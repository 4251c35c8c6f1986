using ChannelPlatform.SharedKernel;
using Revenue.Domain.Bookings;
using Revenue.Domain.Mdf;
using Revenue.Domain.Partners;
using Revenue.Domain.Payouts;
using Revenue.Domain.Rates;

namespace Revenue.UnitTests;

/// <summary>Agreements, bookings, payouts and MDF as the tests need them, on a fixed clock (a deal closed in 2026-Q2).</summary>
public static class Given
{
    public static readonly Currency Usd = Currency.Of("USD");

    public static readonly Currency Eur = Currency.Of("EUR");

    /// <summary>The reporting currency's own rate: 1.</summary>
    public static readonly DatedRate UsdRate = new(Usd, 1m, new DateOnly(2026, 5, 14));

    /// <summary>The rate: €1 = $1.0842 on the close date.</summary>
    public static readonly DatedRate EurRate = new(Eur, 1.0842m, new DateOnly(2026, 5, 14));

    public static Money Dollars(decimal amount) => Money.Of(amount, Usd);

    public static Money Euros(decimal amount) => Money.Of(amount, Eur);

    public static readonly DateTimeOffset Now = new(2026, 5, 14, 9, 30, 0, TimeSpan.Zero);

    public static readonly DateOnly ClosedOn = new(2026, 5, 14);

    public static readonly DateOnly Q2Start = new(2026, 4, 1);

    public static readonly Guid PartnerId = Guid.CreateVersion7();

    public static AgreementTerms Agreement(
        PartnerType type = PartnerType.Reseller,
        decimal? margin = null,
        decimal? commission = null,
        decimal? referralFee = null,
        decimal? revenueShare = null,
        DateOnly? effectiveFrom = null,
        DateOnly? expiresOn = null,
        DateTimeOffset? signedAt = null) =>
        AgreementTerms.Signed(
            Guid.CreateVersion7(), PartnerId, type, margin, commission, referralFee, revenueShare,
            effectiveFrom ?? new DateOnly(2026, 1, 1), expiresOn, signedAt ?? Now.AddMonths(-6), Usd);

    /// <summary>The Reseller: 20 % margin, plus a tier bonus (2 % for Silver by default).</summary>
    public static CompensationRate ResellerRate(decimal margin = 20m, decimal tierBonus = 2m) =>
        Agreement(PartnerType.Reseller, margin: margin).RateWith(tierBonus);

    public static Booking WonDeal(decimal value = 50_000m, decimal margin = 20m, decimal tierBonus = 2m, Guid? partnerId = null) =>
        Booking.FromWonDeal(
            Guid.CreateVersion7(), partnerId ?? PartnerId, null, Dollars(value), ClosedOn, Region.NorthAmerica, ResellerRate(margin, tierBonus), UsdRate, UsdRate, Usd, Now);

    /// <summary>A EUR deal of a partner paid in <paramref name="payout"/> (EUR by default), at €1 = $1.0842.</summary>
    public static Booking WonEuroDeal(decimal value = 50_000m, decimal margin = 20m, decimal tierBonus = 0m, DatedRate? payout = null) =>
        Booking.FromWonDeal(
            Guid.CreateVersion7(), PartnerId, null, Euros(value), ClosedOn, Region.Emea, ResellerRate(margin, tierBonus), EurRate, payout ?? EurRate, Usd, Now);

    public static Booking DirectBooking(decimal amount = 80_000m) =>
        Booking.Direct(Dollars(amount), ClosedOn, Region.Emea, "Enterprise renewal", UsdRate, Usd, Now);

    public static Payout Draft(IReadOnlyList<CompensationLine> lines) =>
        Payout.Build(PartnerId, "2026-Q2", Q2Start, Usd, lines, Now);

    /// <summary>Builds, approves and pays a payout of the booking's current lines, so its compensation is Paid.</summary>
    public static Payout PaidOut(Booking booking)
    {
        var payout = Draft([.. booking.Lines]);
        payout.Approve(booking.Lines, Now);
        payout.MarkPaid(booking.Lines, new DateOnly(2026, 7, 15), "WIRE-2026-0042", Now);
        return payout;
    }

    public static MdfBudget Budget(decimal allocated = 10_000m)
    {
        var budget = MdfBudget.Computed(PartnerId, 2026, 0m, Dollars(0m));
        budget.Set(allocated);
        return budget;
    }

    public static readonly DateOnly PlannedOn = new(2026, 6, 1);

    public static MdfRequest Request(decimal requested = 5_000m) =>
        MdfRequest.Submit(PartnerId, null, MdfActivityType.Webinar, "Q2 cloud migration webinar", Dollars(requested), UsdRate, UsdRate, PlannedOn, Now);

    public static MdfRequest ApprovedRequest(decimal approved = 5_000m, MdfBudget? budget = null)
    {
        var request = Request(approved);
        request.Approve(approved, budget ?? Budget(), Now);
        return request;
    }

    public static MdfClaim Claim(decimal claimed = 4_000m, MdfRequest? request = null, MdfBudget? budget = null) =>
        (request ?? ApprovedRequest()).SubmitClaim(claimed, ["https://proof.example.com/webinar-attendees.pdf"], 42, budget ?? Budget(), PlannedOn.AddDays(10), Now);
}
