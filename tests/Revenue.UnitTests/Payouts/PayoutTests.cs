using Revenue.Domain.Bookings;
using Revenue.Domain.Payouts;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Payouts;

/// <summary>A payout nets a partner's accrued compensation, adjustments and clawbacks; a line is never in two payouts.</summary>
public sealed class PayoutTests
{
    private static readonly DateOnly PaidOn = new(2026, 7, 15);

    /// <summary>11 000 compensation and a −2 200 adjustment on one booking, and a −500 clawback on another, already paid, booking.</summary>
    private static List<CompensationLine> MixedLines()
    {
        var adjusted = WonDeal(50_000m, margin: 20m, tierBonus: 2m);
        adjusted.Adjust(-10_000m, "Refund", ClosedOn, Now);
        var clawedBack = WonDeal(20_000m, margin: 10m, tierBonus: 0m);
        PaidOut(clawedBack);
        clawedBack.Adjust(-5_000m, "Refund after payment", ClosedOn, Now);
        return [.. adjusted.Lines, clawedBack.Lines[^1]];
    }

    [Fact]
    public void A_payout_sums_each_kind_of_line_and_pays_the_net()
    {
        var payout = Payout.Build(PartnerId, "2026-Q2", Q2Start, Usd, MixedLines(), Now);

        payout.CompensationTotal.ShouldBe(11_000m);
        payout.AdjustmentTotal.ShouldBe(-2_200m);
        payout.ClawbackTotal.ShouldBe(-500m);
        payout.Amount.ShouldBe(8_300m);
        payout.LineCount.ShouldBe(3);
        payout.Status.ShouldBe(PayoutStatus.Draft);
        (payout.PartnerId, payout.Quarter, payout.QuarterStart, payout.Currency).ShouldBe((PartnerId, "2026-Q2", Q2Start, Usd.Code));
        payout.CreatedAt.ShouldBe(Now);
        payout.Version.ShouldBe(1);
        payout.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Every_line_joins_the_payout_it_is_built_into()
    {
        var lines = MixedLines();

        var payout = Draft(lines);

        lines.ShouldAllBe(l => l.PayoutId == payout.Id);
        lines.ShouldAllBe(l => l.Status == CompensationStatus.Accrued);
    }

    [Fact]
    public void A_line_already_in_a_payout_cannot_join_another()
    {
        var booking = WonDeal();
        var first = Draft([.. booking.Lines]);

        DomainAssert.InvalidTransition(() => Draft([.. booking.Lines]));
        DomainAssert.InvalidTransition(() => booking.Lines[0].JoinPayout(Guid.CreateVersion7()));

        booking.Lines[0].PayoutId.ShouldBe(first.Id);
    }

    [Fact]
    public void A_payout_with_no_lines_is_refused() =>
        DomainAssert.BrokenRule(() => Draft([])).Message.ShouldContain("no compensation");

    [Fact]
    public void Clawbacks_exceeding_the_compensation_are_refused_and_carry_forward_unjoined()
    {
        var booking = WonDeal(50_000m, margin: 20m, tierBonus: 2m);
        PaidOut(booking);
        booking.Adjust(-10_000m, "Refund", ClosedOn, Now);
        var clawback = booking.Lines[^1];

        var broken = DomainAssert.BrokenRule(() => Draft([clawback]));

        broken.Message.ShouldContain("Clawbacks exceed");
        clawback.PayoutId.ShouldBeNull();
    }

    [Fact]
    public void A_clawback_is_netted_against_the_next_payouts_compensation()
    {
        var refunded = WonDeal(50_000m, margin: 20m, tierBonus: 2m);
        PaidOut(refunded);
        refunded.Adjust(-10_000m, "Refund", ClosedOn, Now);
        var nextDeal = WonDeal(30_000m, margin: 20m, tierBonus: 2m);

        var next = Draft([refunded.Lines[^1], .. nextDeal.Lines]);

        next.CompensationTotal.ShouldBe(6_600m);
        next.ClawbackTotal.ShouldBe(-2_200m);
        next.Amount.ShouldBe(4_400m);
    }

    [Fact]
    public void Approving_then_paying_moves_every_line_to_approved_then_paid()
    {
        var lines = MixedLines();
        var payout = Draft(lines);

        payout.Approve(lines, Now);

        payout.Status.ShouldBe(PayoutStatus.Approved);
        payout.ApprovedAt.ShouldBe(Now);
        payout.Version.ShouldBe(2);
        lines.ShouldAllBe(l => l.Status == CompensationStatus.Approved);

        payout.MarkPaid(lines, PaidOn, "WIRE-7", Now);

        payout.Status.ShouldBe(PayoutStatus.Paid);
        (payout.PaidOn, payout.Reference).ShouldBe((PaidOn, "WIRE-7"));
        lines.ShouldAllBe(l => l.Status == CompensationStatus.Paid);
        DomainAssert.RaisedOnce<PayoutPaidEvent>(payout).Payout.ShouldBeSameAs(payout);
        payout.Version.ShouldBe(3);
    }

    [Fact]
    public void A_draft_payout_cannot_be_marked_paid_and_its_lines_stay_accrued()
    {
        var lines = MixedLines();
        var payout = Draft(lines);

        DomainAssert.InvalidTransition(() => payout.MarkPaid(lines, PaidOn, "WIRE-7", Now));

        payout.Status.ShouldBe(PayoutStatus.Draft);
        lines.ShouldAllBe(l => l.Status == CompensationStatus.Accrued);
        DomainAssert.NotRaised<PayoutPaidEvent>(payout);
    }

    [Fact]
    public void An_approved_payout_cannot_be_approved_again()
    {
        var lines = MixedLines();
        var payout = Draft(lines);
        payout.Approve(lines, Now);

        DomainAssert.InvalidTransition(() => payout.Approve(lines, Now.AddHours(1)));

        payout.ApprovedAt.ShouldBe(Now);
    }

    [Fact]
    public void A_paid_payout_can_be_neither_approved_nor_paid_again()
    {
        var booking = WonDeal();
        var payout = PaidOut(booking);

        DomainAssert.InvalidTransition(() => payout.Approve(booking.Lines, Now));
        DomainAssert.InvalidTransition(() => payout.MarkPaid(booking.Lines, PaidOn.AddDays(1), "WIRE-8", Now));

        booking.Lines[0].Status.ShouldBe(CompensationStatus.Paid);
        payout.DomainEvents.OfType<PayoutPaidEvent>().Count().ShouldBe(1);
    }
}
