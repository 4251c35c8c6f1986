using DealRegistration.Domain.Deals;
using static DealRegistration.UnitTests.Deals.DecisionSlaClock;

namespace DealRegistration.UnitTests.Deals;

public sealed class DecisionSlaAtRiskTests
{
    [Fact]
    public void A_pending_deal_is_not_at_risk_one_tick_before_36_hours()
    {
        var deal = DealBuilder.Submitted();

        deal.FlagSlaAtRisk(AtRiskFrom.AddTicks(-1)).ShouldBeFalse();

        deal.SlaAtRiskAt.ShouldBeNull();
        DomainAssert.NotRaised<DealSlaAtRisk>(deal);
        deal.Version.ShouldBe(1);
    }

    [Fact]
    public void A_pending_deal_is_not_yet_at_risk_at_exactly_36_hours()
    {
        // At risk only strictly past 36 h, like breached only strictly past 48 h.
        Deal.AtRiskAfter.ShouldBe(TimeSpan.FromHours(36));
        var deal = DealBuilder.Submitted();

        deal.FlagSlaAtRisk(AtRiskFrom).ShouldBeFalse();

        deal.SlaAtRiskAt.ShouldBeNull();
        DomainAssert.NotRaised<DealSlaAtRisk>(deal);
        deal.Version.ShouldBe(1);
    }

    [Fact]
    public void A_pending_deal_is_flagged_at_risk_one_tick_past_36_hours()
    {
        var deal = DealBuilder.Submitted();
        var justAfter = AtRiskFrom.AddTicks(1);

        deal.FlagSlaAtRisk(justAfter).ShouldBeTrue();

        deal.SlaAtRiskAt.ShouldBe(justAfter);
        DomainAssert.RaisedOnce<DealSlaAtRisk>(deal).OccurredAt.ShouldBe(justAfter);
        deal.Status.ShouldBe(DealStatus.Submitted);
        deal.History.Count.ShouldBe(1);
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void A_sweep_at_exactly_36_hours_then_one_tick_later_flags_the_deal_at_risk_on_the_second_run()
    {
        var deal = DealBuilder.Submitted();

        deal.FlagSlaAtRisk(AtRiskFrom).ShouldBeFalse();
        deal.FlagSlaAtRisk(AtRiskFrom.AddTicks(1)).ShouldBeTrue();

        deal.SlaAtRiskAt.ShouldBe(AtRiskFrom.AddTicks(1));
        DomainAssert.RaisedOnce<DealSlaAtRisk>(deal);
        deal.Version.ShouldBe(2);
    }

    [Fact]
    public void A_deal_is_flagged_at_risk_only_once()
    {
        var deal = DealBuilder.Submitted();
        deal.FlagSlaAtRisk(AtRiskFrom.AddMinutes(5));

        deal.FlagSlaAtRisk(AtRiskFrom.AddHours(1)).ShouldBeFalse();
        deal.FlagSlaAtRisk(DueAt.AddDays(3)).ShouldBeFalse();

        deal.SlaAtRiskAt.ShouldBe(AtRiskFrom.AddMinutes(5));
        deal.DomainEvents.OfType<DealSlaAtRisk>().ShouldHaveSingleItem();
        deal.Version.ShouldBe(2);
    }
}
