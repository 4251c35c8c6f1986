using Revenue.Domain.Payouts;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Payouts;

/// <summary>Approving a statement is news for the partner (revenue.payout-approved), before the money moves.</summary>
public sealed class PayoutApprovalEventTests
{
    [Fact]
    public void Approving_a_draft_raises_payout_approved_once()
    {
        var booking = WonDeal();
        var payout = Draft(booking.Lines);

        payout.Approve(booking.Lines, Now);

        var approved = DomainAssert.RaisedOnce<PayoutApprovedEvent>(payout);
        approved.Payout.ShouldBeSameAs(payout);
        approved.OccurredAt.ShouldBe(Now);
        DomainAssert.NotRaised<PayoutPaidEvent>(payout);
    }

    [Fact]
    public void Cancelling_a_draft_raises_no_approval()
    {
        var booking = WonDeal();
        var payout = Draft(booking.Lines);

        payout.Cancel(booking.Lines);

        DomainAssert.NotRaised<PayoutApprovedEvent>(payout);
    }
}
