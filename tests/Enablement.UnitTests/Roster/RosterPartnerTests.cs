using Enablement.Domain.Roster;

namespace Enablement.UnitTests.Roster;

/// <summary>partner.* events in any order: the newer news wins per part (status, tier); termination is final.</summary>
public sealed class RosterPartnerTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static RosterPartner Unknown() => RosterPartner.Unknown(Guid.CreateVersion7());

    [Fact]
    public void An_unknown_partner_is_not_active_and_at_the_lowest_tier()
    {
        var partner = Unknown();

        partner.Active.ShouldBeFalse();
        partner.Terminated.ShouldBeFalse();
        partner.Tier.ShouldBe(PartnerTier.Registered);
        partner.TierRank.ShouldBe(0);
        partner.Name.ShouldBeNull();
    }

    [Fact]
    public void An_activated_partner_is_active_with_its_name_and_tier()
    {
        var partner = Unknown();

        partner.Activated("Acme", PartnerTier.Silver, T);

        partner.Active.ShouldBeTrue();
        partner.Name.ShouldBe("Acme");
        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.TierRank.ShouldBe(1);
        partner.StatusAsOf.ShouldBe(T);
    }

    [Fact]
    public void Suspended_then_reactivated_in_order_is_active_again()
    {
        var partner = Unknown();
        partner.Activated("Acme", PartnerTier.Registered, T);

        partner.Suspended(T.AddDays(1));
        partner.Active.ShouldBeFalse();
        partner.Reactivated(T.AddDays(2));

        partner.Active.ShouldBeTrue();
    }

    [Fact]
    public void A_suspension_that_arrives_before_the_earlier_activation_leaves_the_partner_suspended()
    {
        var partner = Unknown();

        partner.Suspended(T.AddMinutes(5));
        partner.Activated("Acme", PartnerTier.Gold, T);

        partner.Active.ShouldBeFalse();
        partner.Name.ShouldBe("Acme", "the activation still tells the name");
        partner.Tier.ShouldBe(PartnerTier.Gold, "and the tier, which no newer news has changed");
    }

    [Fact]
    public void An_older_reactivation_arriving_after_a_newer_suspension_is_ignored()
    {
        var partner = Unknown();
        partner.Activated("Acme", PartnerTier.Registered, T);
        partner.Suspended(T.AddDays(3));

        partner.Reactivated(T.AddDays(2));

        partner.Active.ShouldBeFalse();
    }

    [Fact]
    public void The_same_news_twice_changes_nothing_even_when_the_copy_arrives_after_newer_news()
    {
        var partner = Unknown();
        partner.Activated("Acme", PartnerTier.Silver, T);
        partner.Suspended(T.AddDays(1));
        partner.TierChanged(PartnerTier.Gold, T.AddDays(2));

        // Redelivered copies of the older news: last-write-wins would re-activate and demote.
        partner.Activated("Acme", PartnerTier.Silver, T);
        partner.Suspended(T.AddDays(1));

        partner.Active.ShouldBeFalse();
        partner.StatusAsOf.ShouldBe(T.AddDays(1));
        partner.Tier.ShouldBe(PartnerTier.Gold);
    }

    [Fact]
    public void Termination_is_final_even_against_newer_reactivations_or_activations()
    {
        var partner = Unknown();
        partner.Activated("Acme", PartnerTier.Registered, T);

        partner.Terminate(T.AddDays(1));
        partner.Reactivated(T.AddDays(2));
        partner.Activated("Acme", PartnerTier.Registered, T.AddDays(3));

        partner.Terminated.ShouldBeTrue();
        partner.Active.ShouldBeFalse();
    }

    [Fact]
    public void A_termination_arriving_before_the_activation_is_still_final()
    {
        var partner = Unknown();

        partner.Terminate(T.AddDays(5));
        partner.Activated("Acme", PartnerTier.Registered, T);

        partner.Active.ShouldBeFalse();
        partner.Terminated.ShouldBeTrue();
    }

    [Fact]
    public void An_older_termination_arriving_late_still_terminates()
    {
        var partner = Unknown();
        partner.Activated("Acme", PartnerTier.Registered, T);
        partner.Reactivated(T.AddDays(5));

        partner.Terminate(T.AddDays(1));

        partner.Active.ShouldBeFalse();
        partner.StatusAsOf.ShouldBe(T.AddDays(5));
    }

    [Fact]
    public void A_newer_tier_change_wins_over_the_tier_of_an_older_activation_whatever_the_order()
    {
        var partner = Unknown();

        partner.TierChanged(PartnerTier.Platinum, T.AddDays(10));
        partner.Activated("Acme", PartnerTier.Registered, T);

        partner.Tier.ShouldBe(PartnerTier.Platinum);
        partner.TierRank.ShouldBe(3);
        partner.Active.ShouldBeTrue();
    }

    [Fact]
    public void An_older_tier_change_arriving_late_is_ignored()
    {
        var partner = Unknown();
        partner.Activated("Acme", PartnerTier.Registered, T);
        partner.TierChanged(PartnerTier.Gold, T.AddDays(20));

        partner.TierChanged(PartnerTier.Silver, T.AddDays(10));

        partner.Tier.ShouldBe(PartnerTier.Gold);
        partner.TierRank.ShouldBe(2);
    }

    [Fact]
    public void A_tier_change_does_not_touch_the_status()
    {
        var partner = Unknown();
        partner.Activated("Acme", PartnerTier.Registered, T);
        partner.Suspended(T.AddDays(1));

        partner.TierChanged(PartnerTier.Silver, T.AddDays(2));

        partner.Active.ShouldBeFalse();
        partner.Tier.ShouldBe(PartnerTier.Silver);
    }
}
