using Revenue.Domain.Mdf;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Mdf;

/// <summary>Claims are made on approved requests, up to what is approved and not yet claimed, until 60 days after the planned date.</summary>
public sealed class MdfClaimSubmissionTests
{
    private static readonly string[] Proof = ["https://proof.example.com/invoice.pdf", "https://proof.example.com/photos.zip"];

    private static MdfClaim Submit(MdfRequest request, decimal amount, DateOnly today) =>
        request.SubmitClaim(amount, Proof, 12, Budget(), today, Now);

    [Fact]
    public void A_claim_on_an_approved_request_is_submitted_with_its_proof()
    {
        var request = ApprovedRequest(5_000m);

        var claim = Submit(request, 4_000m, PlannedOn.AddDays(5));

        claim.Status.ShouldBe(MdfClaimStatus.Submitted);
        claim.RequestId.ShouldBe(request.Id);
        claim.PartnerId.ShouldBe(PartnerId);
        claim.ClaimedAmount.ShouldBe(4_000m);
        claim.ProofUrls.ShouldBe(Proof);
        claim.LeadsGenerated.ShouldBe(12);
        claim.Currency.ShouldBe(Usd.Code);
        claim.ApprovedAmount.ShouldBeNull();
        request.ClaimedAmount.ShouldBe(4_000m);
    }

    [Fact]
    public void A_claim_on_a_request_that_is_not_approved_is_refused()
    {
        var submitted = Request();
        var rejected = Request();
        rejected.Reject("No", Now);

        DomainAssert.InvalidTransition(() => Submit(submitted, 100m, PlannedOn));
        DomainAssert.InvalidTransition(() => Submit(rejected, 100m, PlannedOn));
    }

    [Fact]
    public void Claims_may_add_up_to_the_approved_amount_but_not_beyond()
    {
        var request = ApprovedRequest(5_000m);
        Submit(request, 3_000m, PlannedOn);
        Submit(request, 1_500m, PlannedOn);

        DomainAssert.BrokenRule(() => Submit(request, 500.01m, PlannedOn)).Message.ShouldContain("(500");

        Submit(request, 500m, PlannedOn).ClaimedAmount.ShouldBe(500m);
        request.ClaimedAmount.ShouldBe(5_000m);
    }

    [Fact]
    public void A_single_claim_over_the_approved_amount_is_refused_and_nothing_is_claimed()
    {
        var request = ApprovedRequest(5_000m);

        DomainAssert.BrokenRule(() => Submit(request, 5_000.01m, PlannedOn));

        request.ClaimedAmount.ShouldBe(0m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_claim_must_be_for_a_positive_amount(int amount) =>
        DomainAssert.BrokenRule(() => Submit(ApprovedRequest(), amount, PlannedOn));

    [Theory]
    [InlineData(-10)]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(60)]
    public void Claims_are_open_until_60_days_after_the_planned_date(int daysAfterPlanned) =>
        Submit(ApprovedRequest(), 100m, PlannedOn.AddDays(daysAfterPlanned)).Status.ShouldBe(MdfClaimStatus.Submitted);

    [Theory]
    [InlineData(61)]
    [InlineData(365)]
    public void Claims_close_61_days_after_the_planned_date(int daysAfterPlanned)
    {
        var request = ApprovedRequest();

        DomainAssert.BrokenRule(() => Submit(request, 100m, PlannedOn.AddDays(daysAfterPlanned))).Message.ShouldContain("closed on 2026-07-31");

        request.ClaimedAmount.ShouldBe(0m);
    }

    [Fact]
    public void The_claimed_amount_is_rounded_to_cents()
    {
        var request = ApprovedRequest(5_000m);

        Submit(request, 1_234.565m, PlannedOn).ClaimedAmount.ShouldBe(1_234.57m);

        request.ClaimedAmount.ShouldBe(1_234.57m);
    }
}
