using DealRegistration.Domain.Deals;
using static DealRegistration.UnitTests.Deals.DecisionSlaClock;

namespace DealRegistration.UnitTests.Deals;

public sealed class DecisionSlaTests
{
    [Fact]
    public void A_pending_deal_is_not_breached_one_tick_before_its_decision_is_due()
    {
        var deal = DealBuilder.Submitted();

        deal.FlagSlaBreached(DueAt.AddTicks(-1)).ShouldBeFalse();

        deal.SlaBreachedAt.ShouldBeNull();
        DomainAssert.NotRaised<DealSlaBreached>(deal);
    }

    [Fact]
    public void A_pending_deal_is_flagged_breached_once_its_decision_is_overdue()
    {
        var deal = DealBuilder.Submitted();
        var justAfter = DueAt.AddTicks(1);

        deal.FlagSlaBreached(justAfter).ShouldBeTrue();

        deal.SlaBreachedAt.ShouldBe(justAfter);
        deal.IsOverdue(justAfter).ShouldBeTrue();
        DomainAssert.RaisedOnce<DealSlaBreached>(deal).OccurredAt.ShouldBe(justAfter);
        deal.Status.ShouldBe(DealStatus.Submitted);
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void A_pending_deal_at_exactly_48_hours_is_not_yet_breached_as_it_is_not_yet_overdue()
    {
        var deal = DealBuilder.Submitted();

        deal.IsOverdue(DueAt).ShouldBeFalse();
        deal.FlagSlaBreached(DueAt).ShouldBeFalse();
    }

    [Fact]
    public void A_deal_is_flagged_breached_only_once()
    {
        var deal = DealBuilder.Submitted();
        deal.FlagSlaBreached(DueAt.AddMinutes(1));

        deal.FlagSlaBreached(DueAt.AddHours(6)).ShouldBeFalse();

        deal.SlaBreachedAt.ShouldBe(DueAt.AddMinutes(1));
        deal.DomainEvents.OfType<DealSlaBreached>().ShouldHaveSingleItem();
    }

    [Fact]
    public void A_sweep_that_first_sees_a_deal_after_48_hours_flags_it_both_at_risk_and_breached()
    {
        var deal = DealBuilder.Submitted();
        var firstSweep = DueAt.AddHours(3);

        deal.FlagSlaAtRisk(firstSweep).ShouldBeTrue();
        deal.FlagSlaBreached(firstSweep).ShouldBeTrue();

        DomainAssert.RaisedOnce<DealSlaAtRisk>(deal);
        DomainAssert.RaisedOnce<DealSlaBreached>(deal);
        deal.Version.ShouldBe(3);
    }

    [Theory]
    [InlineData(DealStatus.Approved)]
    [InlineData(DealStatus.Rejected)]
    [InlineData(DealStatus.Won)]
    [InlineData(DealStatus.Lost)]
    [InlineData(DealStatus.Expired)]
    public void A_decided_deal_is_never_flagged_at_risk_or_breached(DealStatus status)
    {
        var deal = DealBuilder.InStatus(status);
        var version = deal.Version;

        deal.FlagSlaAtRisk(DueAt.AddDays(1)).ShouldBeFalse();
        deal.FlagSlaBreached(DueAt.AddDays(1)).ShouldBeFalse();

        deal.SlaAtRiskAt.ShouldBeNull();
        deal.SlaBreachedAt.ShouldBeNull();
        DomainAssert.NotRaised<DealSlaAtRisk>(deal);
        DomainAssert.NotRaised<DealSlaBreached>(deal);
        deal.Version.ShouldBe(version);
    }

    [Fact]
    public void A_deal_decided_after_its_at_risk_flag_is_not_flagged_breached_later()
    {
        var deal = DealBuilder.Submitted();
        var flaggedAt = AtRiskFrom.AddMinutes(1);
        deal.FlagSlaAtRisk(flaggedAt).ShouldBeTrue();
        deal.Approve(60, false, null, null, [], DealBuilder.ChannelManager, AtRiskFrom.AddHours(1));

        deal.FlagSlaBreached(DueAt.AddHours(1)).ShouldBeFalse();

        deal.SlaAtRiskAt.ShouldBe(flaggedAt);
        deal.SlaBreachedAt.ShouldBeNull();
    }

    [Fact]
    public void A_pending_deal_is_overdue_only_after_its_decision_was_due()
    {
        var deal = DealBuilder.Submitted();

        deal.IsOverdue(DueAt).ShouldBeFalse();
        deal.IsOverdue(DueAt.AddTicks(1)).ShouldBeTrue();
    }

    [Fact]
    public void A_decided_deal_is_never_overdue()
    {
        DealBuilder.Approved().IsOverdue(DueAt.AddDays(5)).ShouldBeFalse();
        DealBuilder.Rejected().IsOverdue(DueAt.AddDays(5)).ShouldBeFalse();
    }
}
