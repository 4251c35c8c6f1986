using Revenue.Domain.Mdf;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Mdf;

/// <summary>Approved funds that will not be spent go back to the budget: short pays, and the unclaimed rest when the window closes.</summary>
public sealed class MdfReleaseTests
{
    [Fact]
    public void Closing_the_claim_window_releases_the_unclaimed_rest_once()
    {
        var budget = Budget(10_000m);
        var request = ApprovedRequest(5_000m, budget);
        Claim(2_000m, request);

        request.CloseClaims(budget, request.ClaimsCloseOn).ShouldBeFalse("day 60 is still open");
        request.CloseClaims(budget, request.ClaimsCloseOn.AddDays(1)).ShouldBeTrue();
        request.CloseClaims(budget, request.ClaimsCloseOn.AddDays(2)).ShouldBeFalse("closed once");

        request.ClaimsClosed.ShouldBeTrue();
        request.ReleasedAmount.ShouldBe(3_000m);
        budget.Committed.ShouldBe(2_000m);
        budget.Remaining.ShouldBe(8_000m);
    }

    [Fact]
    public void A_request_that_is_not_approved_has_no_window_to_close()
    {
        var budget = Budget(10_000m);
        var request = Request(5_000m);

        request.CloseClaims(budget, PlannedOn.AddYears(1)).ShouldBeFalse();
        budget.Committed.ShouldBe(0m);
    }

    [Fact]
    public void A_short_pay_releases_the_difference_and_a_full_pay_nothing()
    {
        var budget = Budget(10_000m);
        var request = ApprovedRequest(5_000m, budget);
        var shortPaid = Claim(2_000m, request);
        var fullyPaid = Claim(1_000m, request);
        shortPaid.Approve(1_200m, "Receipts for 1 200 only", Now);
        fullyPaid.Approve(1_000m, null, Now);

        request.ReleaseShortPay(shortPaid, budget);
        request.ReleaseShortPay(fullyPaid, budget);

        request.ReleasedAmount.ShouldBe(800m);
        budget.Committed.ShouldBe(4_200m);
    }
}
