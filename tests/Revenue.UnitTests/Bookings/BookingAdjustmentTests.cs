using Revenue.Domain.Bookings;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Bookings;

/// <summary>Refunds, credits and corrections re-compute the compensation in proportion; once paid, a cut is a clawback.</summary>
public sealed class BookingAdjustmentTests
{
    private static readonly DateOnly RefundedOn = new(2026, 8, 3);

    [Fact]
    public void A_refund_before_payment_adds_a_negative_adjustment_line_in_proportion()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);

        var adjustment = booking.Adjust(-10_000m, "Partial refund", RefundedOn, Now);

        booking.Amount.ShouldBe(40_000m);
        booking.OriginalAmount.ShouldBe(50_000m);
        booking.CompensationAmount.ShouldBe(8_800m);
        adjustment.Amount.ShouldBe(-10_000m);
        adjustment.CompensationChange.ShouldBe(-2_200m);
        adjustment.Clawback.ShouldBeFalse();
        adjustment.Reason.ShouldBe("Partial refund");
        adjustment.BookingId.ShouldBe(booking.Id);
        adjustment.AdjustedOn.ShouldBe(RefundedOn);
        booking.Adjustments.ShouldHaveSingleItem().ShouldBeSameAs(adjustment);
        booking.Lines.Count.ShouldBe(2);
        var line = booking.Lines[1];
        line.Kind.ShouldBe(CompensationLineKind.Adjustment);
        line.Amount.ShouldBe(-2_200m);
        line.Status.ShouldBe(CompensationStatus.Accrued);
        line.EarnedOn.ShouldBe(RefundedOn);
        booking.Lines.Sum(l => l.Amount).ShouldBe(booking.CompensationAmount);
    }

    [Fact]
    public void A_partner_adjustment_raises_booking_adjusted_and_moves_the_version()
    {
        var booking = WonDeal();

        var adjustment = booking.Adjust(-10_000m, "Refund", RefundedOn, Now);

        var adjusted = DomainAssert.RaisedOnce<BookingAdjustedEvent>(booking);
        adjusted.Adjustment.ShouldBeSameAs(adjustment);
        adjusted.Booking.ShouldBeSameAs(booking);
        booking.Version.ShouldBe(2);
    }

    [Fact]
    public void A_refund_after_the_compensation_was_paid_is_a_clawback()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);
        PaidOut(booking);
        booking.CompensationStatus.ShouldBe(CompensationStatus.Paid);

        var adjustment = booking.Adjust(-10_000m, "Refund after payment", RefundedOn, Now);

        adjustment.Clawback.ShouldBeTrue();
        adjustment.CompensationChange.ShouldBe(-2_200m);
        var clawback = booking.Lines[^1];
        clawback.Kind.ShouldBe(CompensationLineKind.Clawback);
        clawback.Amount.ShouldBe(-2_200m);
        clawback.Status.ShouldBe(CompensationStatus.Accrued);
        clawback.PayoutId.ShouldBeNull();
        booking.CompensationStatus.ShouldBe(CompensationStatus.Paid);
    }

    [Fact]
    public void A_positive_correction_after_payment_is_an_adjustment_not_a_clawback()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);
        PaidOut(booking);

        var adjustment = booking.Adjust(5_000m, "Upsell invoiced late", RefundedOn, Now);

        adjustment.Clawback.ShouldBeFalse();
        adjustment.CompensationChange.ShouldBe(1_100m);
        booking.Lines[^1].Kind.ShouldBe(CompensationLineKind.Adjustment);
        booking.Lines[^1].Amount.ShouldBe(1_100m);
        booking.Amount.ShouldBe(55_000m);
    }

    [Fact]
    public void A_positive_correction_before_payment_raises_the_compensation()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);

        booking.Adjust(2_500m, "Correction", RefundedOn, Now).CompensationChange.ShouldBe(550m);

        booking.CompensationAmount.ShouldBe(11_550m);
    }

    [Fact]
    public void A_full_refund_takes_the_booking_and_its_compensation_to_zero()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);

        booking.Adjust(-50_000m, "Cancelled", RefundedOn, Now).CompensationChange.ShouldBe(-11_000m);

        booking.Amount.ShouldBe(0m);
        booking.CompensationAmount.ShouldBe(0m);
    }

    [Fact]
    public void An_adjustment_below_zero_is_refused_and_changes_nothing()
    {
        var booking = WonDeal(50_000m);

        var broken = DomainAssert.BrokenRule(() => booking.Adjust(-50_000.01m, "Too much", RefundedOn, Now));

        broken.Message.ShouldContain("below zero");
        booking.Amount.ShouldBe(50_000m);
        booking.Lines.Count.ShouldBe(1);
        booking.Adjustments.ShouldBeEmpty();
        DomainAssert.NotRaised<BookingAdjustedEvent>(booking);
    }

    [Fact]
    public void A_zero_adjustment_is_refused()
    {
        var booking = WonDeal();

        DomainAssert.InvalidValue(() => booking.Adjust(0m, "Nothing", RefundedOn, Now), "amount");

        booking.Adjustments.ShouldBeEmpty();
    }

    [Fact]
    public void An_adjustment_that_rounds_to_zero_cents_is_refused() =>
        DomainAssert.InvalidValue(() => WonDeal().Adjust(0.004m, "Dust", RefundedOn, Now), "amount");

    [Fact]
    public void A_direct_booking_adjustment_changes_the_amount_with_no_lines_and_no_domain_event()
    {
        var booking = DirectBooking(80_000m);

        var adjustment = booking.Adjust(-5_000m, "Credit note", RefundedOn, Now);

        booking.Amount.ShouldBe(75_000m);
        booking.Lines.ShouldBeEmpty();
        booking.DomainEvents.ShouldBeEmpty();
        booking.Version.ShouldBe(2);
        adjustment.CompensationChange.ShouldBe(0m);
        adjustment.Clawback.ShouldBeFalse();
        booking.Adjustments.ShouldHaveSingleItem();
    }

    [Fact]
    public void The_change_is_rounded_to_cents_before_the_compensation_is_recomputed()
    {
        var booking = WonDeal(100m, margin: 12.5m, tierBonus: 0m);

        var adjustment = booking.Adjust(-0.105m, "Rounding credit", RefundedOn, Now);

        adjustment.Amount.ShouldBe(-0.11m);
        booking.Amount.ShouldBe(99.89m);
        booking.CompensationAmount.ShouldBe(12.49m);
        adjustment.CompensationChange.ShouldBe(-0.01m);
    }

    [Fact]
    public void Compensation_is_recomputed_on_the_new_amount_so_successive_refunds_do_not_drift()
    {
        var booking = WonDeal(100m, margin: 12.5m, tierBonus: 0m);

        booking.Adjust(-0.04m, "Credit 1", RefundedOn, Now);
        booking.Adjust(-0.04m, "Credit 2", RefundedOn, Now);
        booking.Adjust(-0.04m, "Credit 3", RefundedOn, Now);

        booking.Amount.ShouldBe(99.88m);
        booking.CompensationAmount.ShouldBe(12.49m);
        booking.Lines.Sum(l => l.Amount).ShouldBe(12.49m);
    }

    [Fact]
    public void An_adjustment_too_small_to_move_the_compensation_adds_no_line()
    {
        var booking = WonDeal(100m, margin: 1m, tierBonus: 0m);

        var adjustment = booking.Adjust(-0.01m, "Cent", RefundedOn, Now);

        adjustment.CompensationChange.ShouldBe(0m);
        booking.Lines.ShouldHaveSingleItem();
        booking.Amount.ShouldBe(99.99m);
    }
}
