using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

public sealed class CoSellTests
{
    private static readonly DateTimeOffset Later = DealBuilder.ApprovedAt.AddDays(3);
    private const string SalesEngineer = "sam.se@vendor.example";

    [Theory]
    [InlineData(DealStatus.Submitted)]
    [InlineData(DealStatus.Approved)]
    public void A_partner_can_request_co_sell_help_on_an_open_deal(DealStatus status)
    {
        var deal = DealBuilder.InStatus(status);
        var version = deal.Version;

        var request = deal.RequestCoSell(CoSellType.Poc, "  Needs a 2-week PoC  ", DealBuilder.PartnerUser, Later);

        request.Id.ShouldNotBe(Guid.Empty);
        request.DealId.ShouldBe(deal.Id);
        request.Type.ShouldBe(CoSellType.Poc);
        request.Notes.ShouldBe("Needs a 2-week PoC");
        request.Status.ShouldBe(CoSellStatus.Requested);
        request.RequestedBy.ShouldBe(DealBuilder.PartnerUser);
        request.RequestedAt.ShouldBe(Later);
        request.SalesEngineer.ShouldBeNull();
        deal.CoSellRequests.ShouldHaveSingleItem().ShouldBeSameAs(request);
        var requested = DomainAssert.RaisedOnce<CoSellRequested>(deal);
        requested.Request.ShouldBeSameAs(request);
        requested.OccurredAt.ShouldBe(Later);
        deal.Status.ShouldBe(status);
        deal.Version.ShouldBe(version + 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_co_sell_request_with_blank_notes_has_no_notes(string? notes)
    {
        DealBuilder.Approved().RequestCoSell(CoSellType.Demo, notes, DealBuilder.PartnerUser, Later).Notes.ShouldBeNull();
    }

    [Theory]
    [InlineData(DealStatus.Rejected)]
    [InlineData(DealStatus.Won)]
    [InlineData(DealStatus.Lost)]
    [InlineData(DealStatus.Expired)]
    public void Co_sell_help_is_not_requested_for_a_closed_deal(DealStatus status)
    {
        var deal = DealBuilder.InStatus(status);
        var version = deal.Version;

        DomainAssert.InvalidTransition(() => deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later));

        deal.CoSellRequests.ShouldBeEmpty();
        DomainAssert.NotRaised<CoSellRequested>(deal);
        deal.Version.ShouldBe(version);
    }

    [Fact]
    public void Assigning_a_sales_engineer_moves_the_request_to_assigned_and_the_deal_version_on()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.TechnicalValidation, null, DealBuilder.PartnerUser, Later);
        var version = deal.Version;

        var assigned = deal.AssignCoSell(request.Id, "  " + SalesEngineer + " ", Later.AddHours(4));

        assigned.ShouldBeSameAs(request);
        request.Status.ShouldBe(CoSellStatus.Assigned);
        request.SalesEngineer.ShouldBe(SalesEngineer);
        request.AssignedAt.ShouldBe(Later.AddHours(4));
        deal.Version.ShouldBe(version + 1);
    }

    [Fact]
    public void An_assigned_request_can_be_handed_to_another_sales_engineer()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);
        deal.AssignCoSell(request.Id, SalesEngineer, Later.AddHours(1));

        deal.AssignCoSell(request.Id, "alex.se@vendor.example", Later.AddHours(2));

        request.Status.ShouldBe(CoSellStatus.Assigned);
        request.SalesEngineer.ShouldBe("alex.se@vendor.example");
        request.AssignedAt.ShouldBe(Later.AddHours(2));
    }

    [Fact]
    public void Completing_an_assigned_request_records_the_outcome()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);
        deal.AssignCoSell(request.Id, SalesEngineer, Later.AddHours(1));
        var version = deal.Version;

        var completed = deal.CompleteCoSell(request.Id, "  Demo done, customer convinced  ", Later.AddDays(2));

        completed.ShouldBeSameAs(request);
        request.Status.ShouldBe(CoSellStatus.Completed);
        request.Outcome.ShouldBe("Demo done, customer convinced");
        request.CompletedAt.ShouldBe(Later.AddDays(2));
        deal.Version.ShouldBe(version + 1);
    }

    [Fact]
    public void A_request_nobody_was_assigned_to_cannot_be_completed()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);
        var version = deal.Version;

        DomainAssert.InvalidTransition(() => deal.CompleteCoSell(request.Id, "Done", Later.AddDays(1)));

        request.Status.ShouldBe(CoSellStatus.Requested);
        request.Outcome.ShouldBeNull();
        deal.Version.ShouldBe(version);
    }

    [Fact]
    public void A_completed_request_cannot_be_completed_again_or_reassigned()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.ExecutiveSponsor, null, DealBuilder.PartnerUser, Later);
        deal.AssignCoSell(request.Id, SalesEngineer, Later.AddHours(1));
        deal.CompleteCoSell(request.Id, "VP call held", Later.AddDays(1));
        var version = deal.Version;

        DomainAssert.InvalidTransition(() => deal.CompleteCoSell(request.Id, "Again", Later.AddDays(2)));
        DomainAssert.InvalidTransition(() => deal.AssignCoSell(request.Id, "alex.se@vendor.example", Later.AddDays(2)));

        request.Status.ShouldBe(CoSellStatus.Completed);
        request.Outcome.ShouldBe("VP call held");
        request.SalesEngineer.ShouldBe(SalesEngineer);
        deal.Version.ShouldBe(version);
    }

    [Fact]
    public void An_unknown_co_sell_request_is_not_found()
    {
        var deal = DealBuilder.Approved();
        deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);

        Should.Throw<KeyNotFoundException>(() => deal.AssignCoSell(Guid.CreateVersion7(), SalesEngineer, Later));
        Should.Throw<KeyNotFoundException>(() => deal.CompleteCoSell(Guid.CreateVersion7(), "Done", Later));
    }

    [Fact]
    public void Several_requests_on_one_deal_move_independently()
    {
        var deal = DealBuilder.Approved();
        var demo = deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);
        var pricing = deal.RequestCoSell(CoSellType.PricingSupport, null, DealBuilder.PartnerUser, Later);

        deal.AssignCoSell(pricing.Id, SalesEngineer, Later.AddHours(1));

        demo.Status.ShouldBe(CoSellStatus.Requested);
        pricing.Status.ShouldBe(CoSellStatus.Assigned);
        deal.CoSellRequests.ShouldBe([demo, pricing]);
        deal.DomainEvents.OfType<CoSellRequested>().Count().ShouldBe(2);
    }

    [Fact]
    public void Co_sell_requests_are_not_deal_transitions_and_stay_out_of_the_history()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);
        deal.AssignCoSell(request.Id, SalesEngineer, Later);
        deal.CompleteCoSell(request.Id, "Done", Later);

        deal.History.Select(h => h.Status).ShouldBe([DealStatus.Submitted, DealStatus.Approved]);
    }
}
