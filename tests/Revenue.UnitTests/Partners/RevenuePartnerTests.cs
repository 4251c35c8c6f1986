using Revenue.Domain.Partners;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Partners;

/// <summary>The partner projection is order-tolerant: newer news wins per part, and termination is final.</summary>
public sealed class RevenuePartnerTests
{
    private static readonly DateTimeOffset T1 = Now.AddDays(-3);
    private static readonly DateTimeOffset T2 = Now.AddDays(-2);
    private static readonly DateTimeOffset T3 = Now.AddDays(-1);

    private static RevenuePartner ActivatedSilver(DateTimeOffset at)
    {
        var partner = RevenuePartner.Unknown(PartnerId);
        partner.Activated("Acme Cloud", PartnerType.Reseller, Region.Emea, PartnerTier.Silver, 2m, 3m, at);
        return partner;
    }

    [Fact]
    public void An_unknown_partner_has_no_tier_and_is_not_active()
    {
        var partner = RevenuePartner.Unknown(PartnerId);

        partner.PartnerId.ShouldBe(PartnerId);
        partner.Tier.ShouldBeNull();
        partner.Type.ShouldBeNull();
        partner.Active.ShouldBeFalse();
        partner.Terminated.ShouldBeFalse();
        partner.MarginBonusPercent.ShouldBe(0m);
    }

    [Fact]
    public void Activation_sets_type_region_status_and_the_tiers_money_terms()
    {
        var partner = ActivatedSilver(T1);

        (partner.Name, partner.Type, partner.Region).ShouldBe(("Acme Cloud", PartnerType.Reseller, Region.Emea));
        partner.Active.ShouldBeTrue();
        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.MarginBonusPercent.ShouldBe(2m);
        partner.MdfPercent.ShouldBe(3m);
        partner.TierAsOf.ShouldBe(T1);
        partner.StatusAsOf.ShouldBe(T1);
    }

    [Fact]
    public void A_newer_tier_change_updates_the_money_terms()
    {
        var partner = ActivatedSilver(T1);

        partner.TierChanged(PartnerTier.Gold, 4m, 5m, T2);

        (partner.Tier, partner.MarginBonusPercent, partner.MdfPercent, partner.TierAsOf).ShouldBe((PartnerTier.Gold, 4m, 5m, T2));
    }

    [Fact]
    public void An_older_tier_change_arriving_late_is_ignored()
    {
        var partner = ActivatedSilver(T1);
        partner.TierChanged(PartnerTier.Platinum, 6m, 8m, T3);

        partner.TierChanged(PartnerTier.Gold, 4m, 5m, T2);

        (partner.Tier, partner.MarginBonusPercent, partner.MdfPercent).ShouldBe((PartnerTier.Platinum, 6m, 8m));
    }

    [Fact]
    public void An_activation_older_than_a_tier_change_activates_but_keeps_the_newer_tier()
    {
        var partner = RevenuePartner.Unknown(PartnerId);
        partner.TierChanged(PartnerTier.Gold, 4m, 5m, T2);

        partner.Activated("Acme Cloud", PartnerType.Msp, Region.Apac, PartnerTier.Registered, 0m, 1m, T1);

        partner.Active.ShouldBeTrue();
        partner.Type.ShouldBe(PartnerType.Msp);
        (partner.Tier, partner.MarginBonusPercent, partner.MdfPercent).ShouldBe((PartnerTier.Gold, 4m, 5m));
    }

    [Fact]
    public void A_replayed_tier_change_with_the_same_timestamp_changes_nothing()
    {
        var partner = ActivatedSilver(T1);

        partner.TierChanged(PartnerTier.Gold, 4m, 5m, T1);

        partner.Tier.ShouldBe(PartnerTier.Silver);
    }

    [Fact]
    public void Suspension_and_reactivation_follow_the_newest_news()
    {
        var partner = ActivatedSilver(T1);

        partner.Suspended(T2);
        partner.Active.ShouldBeFalse();

        partner.Reactivated(T3);
        partner.Active.ShouldBeTrue();
        partner.StatusAsOf.ShouldBe(T3);
    }

    [Fact]
    public void A_suspension_older_than_the_activation_is_ignored()
    {
        var partner = ActivatedSilver(T2);

        partner.Suspended(T1);

        partner.Active.ShouldBeTrue();
        partner.StatusAsOf.ShouldBe(T2);
    }

    [Fact]
    public void Termination_is_final_even_against_newer_reactivation_or_activation()
    {
        var partner = ActivatedSilver(T1);
        partner.Terminate(T2);

        partner.Reactivated(T3);
        partner.Activated("Acme Cloud", PartnerType.Reseller, Region.Emea, PartnerTier.Gold, 4m, 5m, Now);

        partner.Terminated.ShouldBeTrue();
        partner.Active.ShouldBeFalse();
    }

    [Fact]
    public void A_termination_arriving_before_an_older_activation_still_wins()
    {
        var partner = RevenuePartner.Unknown(PartnerId);
        partner.Terminate(T3);

        partner.Activated("Acme Cloud", PartnerType.Reseller, Region.Emea, PartnerTier.Silver, 2m, 3m, T1);

        partner.Terminated.ShouldBeTrue();
        partner.Active.ShouldBeFalse();
        partner.StatusAsOf.ShouldBe(T3);
    }

    [Fact]
    public void An_older_termination_arriving_late_still_terminates_without_moving_the_status_time_back()
    {
        var partner = ActivatedSilver(T3);

        partner.Terminate(T1);

        partner.Terminated.ShouldBeTrue();
        partner.Active.ShouldBeFalse();
        partner.StatusAsOf.ShouldBe(T3);
    }
}
