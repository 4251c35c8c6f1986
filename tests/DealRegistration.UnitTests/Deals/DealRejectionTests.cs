using DealRegistration.Domain.Deals;

namespace DealRegistration.UnitTests.Deals;

public sealed class DealRejectionTests
{
    private static readonly DateTimeOffset Later = DealBuilder.Now.AddHours(26);

    [Fact]
    public void Rejecting_a_submitted_deal_closes_it_with_the_reason_and_the_decision_time()
    {
        var deal = DealBuilder.Submitted();

        deal.Reject("  Customer is a named direct account  ", DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Rejected);
        deal.IsOpen.ShouldBeFalse();
        deal.Reason.ShouldBe("Customer is a named direct account");
        deal.DecidedAt.ShouldBe(Later);
        deal.DecisionHours.ShouldBe(26);
        deal.ProtectionExpiresAt.ShouldBeNull();
        deal.History[^1].ShouldBe(new DealHistoryEntry(DealStatus.Rejected, Later, DealBuilder.ChannelManager, "Customer is a named direct account"));
        DomainAssert.RaisedOnce<DealRejected>(deal).OccurredAt.ShouldBe(Later);
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void A_deal_with_open_conflicts_can_be_rejected_without_an_override()
    {
        var deal = DealBuilder.Submitted(DealBuilder.ConflictWith(Guid.CreateVersion7()));

        deal.Reject("Another partner registered first", DealBuilder.ChannelManager, Later);

        deal.Status.ShouldBe(DealStatus.Rejected);
    }
}
