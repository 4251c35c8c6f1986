using ChannelPlatform.SharedKernel;
using Revenue.Domain.Bookings;
using Revenue.Domain.Rates;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Currencies;

/// <summary>ADR 0013: a booking keeps its currency, its reporting amount at the close date's rate, and pays in the payout currency.</summary>
public sealed class ForeignBookingTests
{
    [Fact]
    public void A_euro_win_keeps_its_euros_and_reports_dollars_at_the_close_dates_rate()
    {
        var booking = WonEuroDeal(50_000m, margin: 20m);

        (booking.Amount, booking.Currency).ShouldBe((50_000m, "EUR"));
        (booking.ReportingAmount, booking.ReportingCurrency, booking.ExchangeRate).ShouldBe((54_210.00m, "USD", 1.0842m));
    }

    [Fact]
    public void The_compensation_is_computed_in_the_deals_currency_and_paid_in_the_payout_currency()
    {
        var inEuros = WonEuroDeal(50_000m, margin: 20m);
        var inDollars = WonEuroDeal(50_000m, margin: 20m, payout: UsdRate);

        (inEuros.CompensationAmount, inEuros.PayoutCompensationAmount, inEuros.PayoutCurrency).ShouldBe((10_000m, 10_000m, "EUR"));
        (inDollars.CompensationAmount, inDollars.PayoutCompensationAmount, inDollars.PayoutCurrency).ShouldBe((10_000m, 10_842.00m, "USD"));
        inDollars.Lines.Single().Money.ShouldBe(Dollars(10_842.00m));
    }

    [Fact]
    public void A_compensation_paid_in_a_third_currency_converts_through_the_reporting_one_rounded_once()
    {
        var pounds = new DatedRate(Currency.Of("GBP"), 1.2710m, ClosedOn);

        var booking = WonEuroDeal(50_000m, margin: 20m, payout: pounds);

        booking.PayoutCompensationAmount.ShouldBe(8_530.29m); // 10 000 × 1.0842 / 1.2710 = 8 530.2911…
    }

    [Fact]
    public void A_yen_win_reports_to_the_cent_and_a_dinar_win_keeps_three_decimals()
    {
        var yen = Booking.FromWonDeal(
            Guid.CreateVersion7(), PartnerId, null, Money.Of(6_000_000m, "JPY"), ClosedOn, Domain.Partners.Region.Apac, ResellerRate(20m, 0m),
            new DatedRate(Currency.Of("JPY"), 0.0066789m, ClosedOn), new DatedRate(Currency.Of("JPY"), 0.0066789m, ClosedOn), Usd, Now);
        var dinars = Booking.FromWonDeal(
            Guid.CreateVersion7(), PartnerId, null, Money.Of(12_345.678m, "KWD"), ClosedOn, Domain.Partners.Region.Emea, ResellerRate(20m, 0m),
            new DatedRate(Currency.Of("KWD"), 3.2555m, ClosedOn), new DatedRate(Currency.Of("KWD"), 3.2555m, ClosedOn), Usd, Now);

        (yen.ReportingAmount, yen.CompensationAmount).ShouldBe((40_073.40m, 1_200_000m));
        (dinars.Amount, dinars.CompensationAmount, dinars.ReportingAmount).ShouldBe((12_345.678m, 2_469.136m, 40_191.35m));
    }

    [Fact]
    public void A_direct_booking_in_euros_reports_at_its_booking_dates_rate()
    {
        var booking = Booking.Direct(Euros(80_000m), ClosedOn, Domain.Partners.Region.Emea, null, EurRate, Usd, Now);

        (booking.Amount, booking.ReportingAmount).ShouldBe((80_000m, 86_736.00m));
    }

    [Fact]
    public void A_rate_of_another_currency_than_the_amount_is_refused() =>
        Should.Throw<CurrencyMismatchException>(() => Booking.Direct(Dollars(10m), ClosedOn, Domain.Partners.Region.Emea, null, EurRate, Usd, Now));
}
