using Revenue.Domain.Bookings;
using Revenue.Domain.Payouts;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Payouts;

/// <summary>A draft statement can be withdrawn and rebuilt; a refund of compensation on a statement is a clawback.</summary>
public sealed class PayoutCancellationTests
{
    [Fact]
    public void Cancelling_a_draft_frees_its_lines_for_another_statement()
    {
        var booking = WonDeal();
        var draft = Draft(booking.Lines);

        draft.Cancel(booking.Lines);

        draft.Status.ShouldBe(PayoutStatus.Cancelled);
        booking.Lines.ShouldAllBe(l => l.PayoutId == null);
        Draft(booking.Lines).LineCount.ShouldBe(1);
    }

    [Fact]
    public void An_approved_payout_cannot_be_cancelled()
    {
        var booking = WonDeal();
        var payout = Draft(booking.Lines);
        payout.Approve(booking.Lines, Now);

        DomainAssert.InvalidTransition(() => payout.Cancel(booking.Lines));
        booking.Lines.ShouldAllBe(l => l.PayoutId == payout.Id);
    }

    [Fact]
    public void A_refund_of_compensation_on_a_draft_statement_is_a_clawback_on_the_next_one()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);
        Draft(booking.Lines);

        var refund = booking.Adjust(-10_000m, "Refund", ClosedOn, Now);

        refund.Clawback.ShouldBeTrue();
        booking.Lines.Last().Kind.ShouldBe(CompensationLineKind.Clawback);
        booking.Lines.Last().PayoutId.ShouldBeNull();
    }

    [Fact]
    public void An_adjustment_cannot_be_dated_before_the_booking()
    {
        var booking = WonDeal();

        DomainAssert.InvalidValue(() => booking.Adjust(-1m, "Refund", ClosedOn.AddDays(-1), Now), "adjustedOn");
        booking.Amount.ShouldBe(50_000m);
    }
}
