using Revenue.Domain.Mdf;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Mdf;

/// <summary>A claim is approved (a short pay needs a reason), then reimbursed from the budget.</summary>
public sealed class MdfClaimTests
{
    private static readonly DateOnly PaidOn = new(2026, 7, 20);

    [Fact]
    public void Approving_the_full_claim_needs_no_reason()
    {
        var claim = Claim(4_000m);

        claim.Approve(4_000m, null, Now);

        claim.Status.ShouldBe(MdfClaimStatus.Approved);
        claim.ApprovedAmount.ShouldBe(4_000m);
        claim.ShortPaid.ShouldBeFalse();
        claim.ShortPayReason.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_short_pay_without_a_reason_is_invalid(string? reason)
    {
        var claim = Claim(4_000m);

        DomainAssert.InvalidValue(() => claim.Approve(3_000m, reason, Now), "reason");

        claim.Status.ShouldBe(MdfClaimStatus.Submitted);
        claim.ApprovedAmount.ShouldBeNull();
    }

    [Fact]
    public void A_short_pay_with_a_reason_is_approved_and_marked_short_paid()
    {
        var claim = Claim(4_000m);

        claim.Approve(3_000m, "One invoice lacked proof of performance", Now);

        claim.ApprovedAmount.ShouldBe(3_000m);
        claim.ShortPaid.ShouldBeTrue();
        claim.ShortPayReason.ShouldBe("One invoice lacked proof of performance");
    }

    [Fact]
    public void A_reason_given_for_a_full_approval_is_not_kept_as_a_short_pay_reason()
    {
        var claim = Claim(4_000m);

        claim.Approve(4_000m, "All good", Now);

        claim.ShortPayReason.ShouldBeNull();
    }

    [Fact]
    public void Approving_more_than_was_claimed_is_refused()
    {
        var claim = Claim(4_000m);

        DomainAssert.BrokenRule(() => claim.Approve(4_000.01m, "Bonus", Now)).Message.ShouldContain("between 0 and the claimed");

        claim.Status.ShouldBe(MdfClaimStatus.Submitted);
    }

    [Fact]
    public void A_claim_cannot_be_approved_twice()
    {
        var claim = Claim(4_000m);
        claim.Approve(4_000m, null, Now);

        DomainAssert.InvalidTransition(() => claim.Approve(3_000m, "Second thoughts", Now));

        claim.ApprovedAmount.ShouldBe(4_000m);
    }

    [Fact]
    public void A_submitted_claim_cannot_be_reimbursed_before_it_is_approved()
    {
        var budget = Budget();
        var request = ApprovedRequest();
        var claim = Claim(4_000m, request);

        DomainAssert.InvalidTransition(() => claim.Reimburse(PaidOn, request, budget, Now));

        budget.Paid.ShouldBe(0m);
        DomainAssert.NotRaised<MdfClaimReimbursedEvent>(claim);
    }

    [Fact]
    public void Reimbursing_an_approved_claim_pays_the_approved_amount_from_the_budget_and_raises_an_event()
    {
        var budget = Budget(10_000m);
        var request = ApprovedRequest(5_000m, budget);
        var claim = Claim(4_000m, request);
        claim.Approve(3_250m, "Partial proof", Now);

        claim.Reimburse(PaidOn, request, budget, Now);

        claim.Status.ShouldBe(MdfClaimStatus.Reimbursed);
        claim.PaidOn.ShouldBe(PaidOn);
        budget.Paid.ShouldBe(3_250m);
        var reimbursed = DomainAssert.RaisedOnce<MdfClaimReimbursedEvent>(claim);
        reimbursed.Claim.ShouldBeSameAs(claim);
        reimbursed.OccurredAt.ShouldBe(Now);
    }

    [Fact]
    public void A_claim_is_reimbursed_only_once()
    {
        var budget = Budget(10_000m);
        var request = ApprovedRequest();
        var claim = Claim(4_000m, request);
        claim.Approve(4_000m, null, Now);
        claim.Reimburse(PaidOn, request, budget, Now);

        DomainAssert.InvalidTransition(() => claim.Reimburse(PaidOn.AddDays(1), request, budget, Now));

        budget.Paid.ShouldBe(4_000m);
        claim.PaidOn.ShouldBe(PaidOn);
    }
}
