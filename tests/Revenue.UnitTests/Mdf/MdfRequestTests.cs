using Revenue.Domain.Mdf;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Mdf;

/// <summary>MDF requests are approved within the request and the year's remaining budget, once.</summary>
public sealed class MdfRequestTests
{
    [Fact]
    public void A_submitted_request_waits_for_a_decision()
    {
        var request = Request(5_000.005m);

        request.Status.ShouldBe(MdfRequestStatus.Submitted);
        request.RequestedAmount.ShouldBe(5_000.01m);
        request.ApprovedAmount.ShouldBeNull();
        request.PlannedOn.ShouldBe(PlannedOn);
        request.ClaimsCloseOn.ShouldBe(PlannedOn.AddDays(60));
        request.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void A_request_must_ask_for_a_positive_amount(int requested) =>
        DomainAssert.InvalidValue(() => Request(requested), "requestedAmount");

    [Fact]
    public void Approval_commits_the_approved_amount_against_the_budget_and_raises_an_event()
    {
        var budget = Budget(10_000m);
        var request = Request(5_000m);

        request.Approve(4_000m, budget, Now);

        request.Status.ShouldBe(MdfRequestStatus.Approved);
        request.ApprovedAmount.ShouldBe(4_000m);
        request.DecidedAt.ShouldBe(Now);
        budget.Committed.ShouldBe(4_000m);
        budget.Remaining.ShouldBe(6_000m);
        DomainAssert.RaisedOnce<MdfRequestApprovedEvent>(request).Request.ShouldBeSameAs(request);
    }

    [Fact]
    public void The_whole_remaining_budget_can_be_approved()
    {
        var budget = Budget(5_000m);

        Request(5_000m).Approve(5_000m, budget, Now);

        budget.Remaining.ShouldBe(0m);
    }

    [Fact]
    public void Approving_more_than_was_requested_is_refused()
    {
        var budget = Budget(10_000m);
        var request = Request(5_000m);

        DomainAssert.BrokenRule(() => request.Approve(5_000.01m, budget, Now)).Message.ShouldContain("requested");

        request.Status.ShouldBe(MdfRequestStatus.Submitted);
        budget.Committed.ShouldBe(0m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Approving_nothing_or_less_is_refused(int approved) =>
        DomainAssert.BrokenRule(() => Request().Approve(approved, Budget(), Now));

    [Fact]
    public void Approving_more_than_the_budget_has_left_is_refused_and_the_budget_never_goes_negative()
    {
        var budget = Budget(10_000m);
        ApprovedRequest(7_000m, budget);
        var request = Request(5_000m);

        DomainAssert.BrokenRule(() => request.Approve(3_000.01m, budget, Now)).Message.ShouldContain("remaining MDF budget");

        request.Status.ShouldBe(MdfRequestStatus.Submitted);
        request.ApprovedAmount.ShouldBeNull();
        budget.Remaining.ShouldBe(3_000m);
        DomainAssert.NotRaised<MdfRequestApprovedEvent>(request);
    }

    [Fact]
    public void The_approved_amount_is_rounded_to_cents_before_it_is_committed()
    {
        var budget = Budget(10_000m);

        Request(5_000m).Approve(1_000.005m, budget, Now);

        budget.Committed.ShouldBe(1_000.01m);
    }

    [Fact]
    public void A_request_cannot_be_approved_twice()
    {
        var budget = Budget(10_000m);
        var request = ApprovedRequest(4_000m, budget);

        DomainAssert.InvalidTransition(() => request.Approve(4_000m, budget, Now));

        budget.Committed.ShouldBe(4_000m);
    }

    [Fact]
    public void An_approved_request_cannot_be_rejected()
    {
        var request = ApprovedRequest();

        DomainAssert.InvalidTransition(() => request.Reject("Changed our mind", Now));

        request.Status.ShouldBe(MdfRequestStatus.Approved);
    }

    [Fact]
    public void A_rejected_request_keeps_its_reason_and_cannot_be_approved()
    {
        var budget = Budget(10_000m);
        var request = Request();

        request.Reject("Not aligned with the campaign plan", Now);

        request.Status.ShouldBe(MdfRequestStatus.Rejected);
        request.RejectionReason.ShouldBe("Not aligned with the campaign plan");
        DomainAssert.InvalidTransition(() => request.Approve(1_000m, budget, Now));
        budget.Committed.ShouldBe(0m);
    }
}
