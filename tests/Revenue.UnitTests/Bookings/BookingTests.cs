using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Bookings;

/// <summary>A won deal books partner revenue with the compensation of the agreement in force; a direct booking has none.</summary>
public sealed class BookingTests
{
    [Fact]
    public void A_won_deal_books_its_value_with_the_compensation_at_the_agreements_rate()
    {
        var (dealId, campaignId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var rate = ResellerRate(margin: 20m, tierBonus: 2m);

        var booking = Booking.FromWonDeal(dealId, PartnerId, campaignId, Dollars(50_000m), ClosedOn, Region.NorthAmerica, rate, UsdRate, UsdRate, Usd, Now);

        booking.Id.ShouldNotBe(Guid.Empty);
        booking.Kind.ShouldBe(BookingKind.Partner);
        (booking.PartnerId, booking.DealId, booking.CampaignId).ShouldBe((PartnerId, dealId, campaignId));
        booking.Amount.ShouldBe(50_000m);
        booking.OriginalAmount.ShouldBe(50_000m);
        booking.Currency.ShouldBe(Usd.Code);
        booking.BookedOn.ShouldBe(ClosedOn);
        booking.Region.ShouldBe(Region.NorthAmerica);
        booking.CompensationBasis.ShouldBe(CompensationBasis.Margin);
        booking.CompensationPercent.ShouldBe(20m);
        booking.TierBonusPercent.ShouldBe(2m);
        booking.TotalCompensationPercent.ShouldBe(22m);
        booking.CompensationAmount.ShouldBe(11_000m);
        booking.AgreementId.ShouldBe(rate.AgreementId);
        booking.CreatedAt.ShouldBe(Now);
        booking.Adjustments.ShouldBeEmpty();
    }

    [Fact]
    public void A_won_deal_has_one_accrued_compensation_line_not_yet_in_any_payout()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);

        var line = booking.Lines.ShouldHaveSingleItem();
        line.Kind.ShouldBe(CompensationLineKind.Compensation);
        line.Amount.ShouldBe(11_000m);
        line.Status.ShouldBe(CompensationStatus.Accrued);
        line.PayoutId.ShouldBeNull();
        line.BookingId.ShouldBe(booking.Id);
        line.PartnerId.ShouldBe(PartnerId);
        line.DealId.ShouldBe(booking.DealId);
        line.Currency.ShouldBe(Usd.Code);
        line.EarnedOn.ShouldBe(ClosedOn);
        booking.CompensationStatus.ShouldBe(CompensationStatus.Accrued);
    }

    [Fact]
    public void A_won_deal_raises_revenue_booked_and_moves_the_version()
    {
        var booking = WonDeal();

        var booked = DomainAssert.RaisedOnce<RevenueBookedEvent>(booking);
        booked.Booking.ShouldBeSameAs(booking);
        booked.OccurredAt.ShouldBe(Now);
        booking.Version.ShouldBe(1);
    }

    [Fact]
    public void The_booked_amount_and_compensation_are_rounded_to_cents()
    {
        var booking = WonDeal(1_234.565m, margin: 10m, tierBonus: 0m);

        booking.Amount.ShouldBe(1_234.57m);
        booking.CompensationAmount.ShouldBe(123.46m);
        booking.Lines[0].Amount.ShouldBe(123.46m);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-01")]
    [InlineData("2026-03-31", "2026-01-01")]
    [InlineData("2026-04-01", "2026-04-01")]
    [InlineData("2026-06-30", "2026-04-01")]
    [InlineData("2026-08-15", "2026-07-01")]
    [InlineData("2026-12-31", "2026-10-01")]
    public void A_booking_knows_the_first_day_of_its_quarter(string bookedOn, string quarterStart)
    {
        var booking = Booking.Direct(Dollars(100m), DateOnly.Parse(bookedOn), Region.Apac, null, UsdRate, Usd, Now);

        booking.QuarterStart.ShouldBe(DateOnly.Parse(quarterStart));
        Booking.QuarterStartOf(DateOnly.Parse(bookedOn)).ShouldBe(DateOnly.Parse(quarterStart));
    }

    [Fact]
    public void A_direct_booking_has_no_partner_no_compensation_no_lines_and_no_domain_event()
    {
        var booking = Booking.Direct(Dollars(80_000m), ClosedOn, Region.Emea, "Enterprise renewal", UsdRate, Usd, Now);

        booking.Kind.ShouldBe(BookingKind.Direct);
        booking.Amount.ShouldBe(80_000m);
        booking.Region.ShouldBe(Region.Emea);
        booking.Description.ShouldBe("Enterprise renewal");
        booking.QuarterStart.ShouldBe(Q2Start);
        booking.PartnerId.ShouldBeNull();
        booking.DealId.ShouldBeNull();
        booking.AgreementId.ShouldBeNull();
        booking.CompensationBasis.ShouldBeNull();
        booking.CompensationAmount.ShouldBe(0m);
        booking.CompensationStatus.ShouldBeNull();
        booking.Lines.ShouldBeEmpty();
        booking.DomainEvents.ShouldBeEmpty();
        booking.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    [InlineData(-50_000)]
    public void A_booking_amount_must_be_positive(double amount)
    {
        DomainAssert.InvalidValue(() => WonDeal((decimal)amount), "amount");
        DomainAssert.InvalidValue(() => DirectBooking((decimal)amount), "amount");
    }

    [Fact]
    public void A_booking_amount_that_rounds_to_zero_cents_is_refused() =>
        DomainAssert.InvalidValue(() => DirectBooking(0.004m), "amount");

    [Fact]
    public void A_booking_with_a_zero_rate_agreement_still_has_its_compensation_line_at_zero()
    {
        var booking = WonDeal(50_000m, margin: 0m, tierBonus: 0m);

        booking.CompensationAmount.ShouldBe(0m);
        booking.Lines.ShouldHaveSingleItem().Amount.ShouldBe(0m);
    }
}
