using DealRegistration.Domain.Partners;
using static DealRegistration.UnitTests.Partners.PartnerTimeline;

namespace DealRegistration.UnitTests.Partners;

/// <summary>
/// partner.* events delivered in every order, and delivered again: the snapshot always ends in the same state.
/// </summary>
public sealed class PartnerSnapshotDeliveryOrderTests
{
    [Fact]
    public void Every_delivery_order_of_a_whole_life_ends_terminated_at_the_newest_tier()
    {
        PartnerNews[] life =
        [
            PartnerNews.Activated(T1, "Registered", 60),
            PartnerNews.Suspended(T2),
            PartnerNews.Reactivated(T3),
            PartnerNews.TierChanged(T4, "Gold", 120),
            PartnerNews.Terminated(T5),
        ];

        AssertEveryOrderEndsIn(life, new State(PartnerStatus.Terminated, T5, "Gold", 120, T4, PartnerNews.PartnerName, PartnerNews.Region), expectedOrders: 120);
    }

    [Fact]
    public void Every_delivery_order_of_a_suspension_lifted_and_a_promotion_ends_active_at_the_new_tier()
    {
        PartnerNews[] life =
        [
            PartnerNews.Activated(T1, "Registered", 60),
            PartnerNews.Suspended(T2),
            PartnerNews.Reactivated(T3),
            PartnerNews.TierChanged(T4, "Silver", 90),
        ];

        AssertEveryOrderEndsIn(life, new State(PartnerStatus.Active, T3, "Silver", 90, T4, PartnerNews.PartnerName, PartnerNews.Region), expectedOrders: 24);
    }

    [Fact]
    public void Every_delivery_order_of_a_second_suspension_ends_suspended()
    {
        PartnerNews[] life =
        [
            PartnerNews.Activated(T1, "Silver", 90),
            PartnerNews.Suspended(T2),
            PartnerNews.Reactivated(T3),
            PartnerNews.TierChanged(T4, "Registered", 60),
            PartnerNews.Suspended(T5),
        ];

        AssertEveryOrderEndsIn(life, new State(PartnerStatus.Suspended, T5, "Registered", 60, T4, PartnerNews.PartnerName, PartnerNews.Region), expectedOrders: 120);
    }

    [Fact]
    public void Every_delivery_order_of_promotions_and_a_demotion_ends_at_the_newest_tier()
    {
        PartnerNews[] life =
        [
            PartnerNews.Activated(T1, "Registered", 60),
            PartnerNews.TierChanged(T2, "Silver", 90),
            PartnerNews.TierChanged(T3, "Platinum", 180),
            PartnerNews.TierChanged(T4, "Gold", 120),
            PartnerNews.Suspended(T5),
        ];

        AssertEveryOrderEndsIn(life, new State(PartnerStatus.Suspended, T5, "Gold", 120, T4, PartnerNews.PartnerName, PartnerNews.Region), expectedOrders: 120);
    }

    [Fact]
    public void Redelivering_every_event_in_any_order_changes_nothing()
    {
        PartnerNews[] life =
        [
            PartnerNews.Activated(T1, "Registered", 60),
            PartnerNews.Suspended(T2),
            PartnerNews.Reactivated(T3),
            PartnerNews.TierChanged(T4, "Gold", 120),
            PartnerNews.Terminated(T5),
        ];
        var expected = new State(PartnerStatus.Terminated, T5, "Gold", 120, T4, PartnerNews.PartnerName, PartnerNews.Region);

        foreach (var order in PartnerNews.Permutations(life))
        {
            var each = string.Join(", ", order);
            StateOf(Snapshot([.. order, .. order.Reverse()])).ShouldBe(expected, $"delivered {each}, then again in reverse");
            StateOf(Snapshot([.. order.SelectMany(news => new[] { news, news })])).ShouldBe(expected, $"delivered {each}, each twice in a row");
        }
    }

    [Theory]
    [InlineData("activated")]
    [InlineData("suspended")]
    [InlineData("reactivated")]
    [InlineData("tier-changed")]
    [InlineData("terminated")]
    public void Any_event_redelivered_after_the_whole_life_changes_nothing(string kind)
    {
        PartnerNews[] life =
        [
            PartnerNews.Activated(T1, "Registered", 60),
            PartnerNews.Suspended(T2),
            PartnerNews.Reactivated(T3),
            PartnerNews.TierChanged(T4, "Gold", 120),
            PartnerNews.Terminated(T5),
        ];
        var partner = Snapshot(life);
        var before = StateOf(partner);

        life.Single(news => news.Kind == kind).ApplyTo(partner);

        StateOf(partner).ShouldBe(before);
    }
}
