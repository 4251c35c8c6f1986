using Revenue.Domain.Bookings;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Currencies;

/// <summary>Adjustments convert at the rates of the original booking, so a full refund claws back exactly what was paid.</summary>
public sealed class ForeignAdjustmentTests
{
    [Fact]
    public void A_full_refund_of_a_paid_euro_deal_paid_in_dollars_claws_back_exactly_what_was_paid()
    {
        var booking = WonEuroDeal(33_333.33m, margin: 17m, payout: UsdRate);
        var paid = booking.PayoutCompensationAmount;
        PaidOut(booking);

        var refund = booking.Adjust(-33_333.33m, "Customer cancelled", ClosedOn.AddDays(30), Now);

        refund.Clawback.ShouldBeTrue();
        refund.PayoutCompensationChange.ShouldBe(-paid);
        booking.Lines.Sum(l => l.Amount).ShouldBe(0m);
        (booking.Amount, booking.ReportingAmount, booking.CompensationAmount).ShouldBe((0m, 0m, 0m));
        refund.ReportingChange.ShouldBe(-36_140.00m);
    }

    [Fact]
    public void Partial_refunds_then_the_rest_still_net_to_exactly_zero()
    {
        var booking = WonEuroDeal(10_000.01m, margin: 23m, payout: UsdRate);
        PaidOut(booking);

        booking.Adjust(-3_333.33m, "Partial credit", ClosedOn.AddDays(5), Now);
        booking.Adjust(-3_333.33m, "Partial credit", ClosedOn.AddDays(6), Now);
        booking.Adjust(-3_333.35m, "The rest", ClosedOn.AddDays(7), Now);

        booking.Lines.Sum(l => l.Amount).ShouldBe(0m);
        booking.ReportingAmount.ShouldBe(0m);
        booking.Adjustments.Sum(a => a.ReportingChange).ShouldBe(-10_842.01m);
    }

    [Fact]
    public void An_adjustment_is_in_the_bookings_currency_and_rounded_to_its_minor_units()
    {
        var booking = WonEuroDeal(50_000m, margin: 20m);

        var credit = booking.Adjust(-1_000.005m, "Credit note", ClosedOn, Now);

        credit.Amount.ShouldBe(-1_000.01m);
        booking.Lines.Last().Currency.ShouldBe("EUR");
        booking.Lines.Last().Kind.ShouldBe(CompensationLineKind.Adjustment);
    }
}
