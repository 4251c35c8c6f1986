using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

/// <summary>Assigning and completing co-sell help are news for the partner (dealreg.cosell-assigned, -completed).</summary>
public sealed class CoSellEventTests
{
    private static readonly DateTimeOffset Later = DealBuilder.ApprovedAt.AddDays(3);

    [Fact]
    public void Assigning_a_sales_engineer_raises_co_sell_assigned_with_the_request()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);

        deal.AssignCoSell(request.Id, "sam.se@vendor.example", Later.AddHours(1));

        var assigned = DomainAssert.RaisedOnce<CoSellAssigned>(deal);
        assigned.Request.ShouldBeSameAs(request);
        assigned.Deal.ShouldBeSameAs(deal);
        assigned.OccurredAt.ShouldBe(Later.AddHours(1));
    }

    [Fact]
    public void Completing_a_request_raises_co_sell_completed_with_the_outcome()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.Poc, null, DealBuilder.PartnerUser, Later);
        deal.AssignCoSell(request.Id, "sam.se@vendor.example", Later.AddHours(1));

        deal.CompleteCoSell(request.Id, "PoC passed", Later.AddDays(2));

        var completed = DomainAssert.RaisedOnce<CoSellCompleted>(deal);
        completed.Request.Outcome.ShouldBe("PoC passed");
        completed.OccurredAt.ShouldBe(Later.AddDays(2));
    }

    [Fact]
    public void A_refused_completion_raises_nothing()
    {
        var deal = DealBuilder.Approved();
        var request = deal.RequestCoSell(CoSellType.Demo, null, DealBuilder.PartnerUser, Later);

        DomainAssert.InvalidTransition(() => deal.CompleteCoSell(request.Id, "Done", Later));

        DomainAssert.NotRaised<CoSellCompleted>(deal);
    }
}
