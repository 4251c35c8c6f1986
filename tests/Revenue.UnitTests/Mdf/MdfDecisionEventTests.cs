using Revenue.Domain.Mdf;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Mdf;

/// <summary>Every MDF decision is news for the partner: a request approved or rejected, a claim approved (in full or short).</summary>
public sealed class MdfDecisionEventTests
{
    [Fact]
    public void Rejecting_a_request_raises_mdf_request_rejected_with_the_reason()
    {
        var request = Request();

        request.Reject("Not aligned with the campaign plan", Now);

        var rejected = DomainAssert.RaisedOnce<MdfRequestRejectedEvent>(request);
        rejected.Request.RejectionReason.ShouldBe("Not aligned with the campaign plan");
        rejected.OccurredAt.ShouldBe(Now);
        DomainAssert.NotRaised<MdfRequestApprovedEvent>(request);
    }

    [Fact]
    public void Approving_a_claim_in_full_raises_mdf_claim_approved_without_a_short_pay_reason()
    {
        var claim = Claim(4_000m);

        claim.Approve(4_000m, "ignored", Now);

        var approved = DomainAssert.RaisedOnce<MdfClaimApprovedEvent>(claim);
        approved.Claim.ApprovedAmount.ShouldBe(4_000m);
        approved.Claim.ShortPayReason.ShouldBeNull();
        approved.OccurredAt.ShouldBe(Now);
    }

    [Fact]
    public void A_short_paid_claim_raises_mdf_claim_approved_with_its_reason()
    {
        var claim = Claim(4_000m);

        claim.Approve(3_000m, "One invoice lacked proof", Now);

        DomainAssert.RaisedOnce<MdfClaimApprovedEvent>(claim).Claim.ShortPayReason.ShouldBe("One invoice lacked proof");
    }

    [Fact]
    public void A_refused_claim_approval_raises_nothing()
    {
        var claim = Claim(4_000m);

        DomainAssert.BrokenRule(() => claim.Approve(4_000.01m, null, Now));

        DomainAssert.NotRaised<MdfClaimApprovedEvent>(claim);
    }
}
