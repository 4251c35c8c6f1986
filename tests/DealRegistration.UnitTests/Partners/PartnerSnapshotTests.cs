using DealRegistration.Domain.Partners;
using static DealRegistration.UnitTests.Partners.PartnerTimeline;

namespace DealRegistration.UnitTests.Partners;

/// <summary>
/// The partner projection DealRegistration decides with. partner.* events arrive in any order and more than once;
/// each part (status, tier) keeps the newest news by event time, and termination is final.
/// </summary>
public sealed class PartnerSnapshotTests
{
    [Fact]
    public void A_partner_DealRegistration_has_not_heard_of_is_unknown_with_the_default_60_protection_days()
    {
        var partner = PartnerSnapshot.Unknown(PartnerId);

        partner.PartnerId.ShouldBe(PartnerId);
        partner.Status.ShouldBe(PartnerStatus.Unknown);
        partner.Tier.ShouldBeNull();
        partner.ProtectionDays.ShouldBe(60);
        partner.Name.ShouldBeNull();
        partner.Region.ShouldBeNull();
    }

    [Fact]
    public void An_activation_makes_the_partner_active_with_its_name_region_tier_and_protection_days()
    {
        var partner = PartnerSnapshot.Unknown(PartnerId);

        partner.Activated("Acme Networks", "Emea", "Silver", 90, T1);

        partner.Status.ShouldBe(PartnerStatus.Active);
        partner.StatusAsOf.ShouldBe(T1);
        partner.Name.ShouldBe("Acme Networks");
        partner.Region.ShouldBe("Emea");
        partner.Tier.ShouldBe("Silver");
        partner.ProtectionDays.ShouldBe(90);
        partner.TierAsOf.ShouldBe(T1);
    }

    [Fact]
    public void Suspension_and_reactivation_in_order_move_the_status()
    {
        var partner = Snapshot(PartnerNews.Activated(T1));

        partner.Suspended(T2);
        partner.Status.ShouldBe(PartnerStatus.Suspended);
        partner.Reactivated(T3);
        partner.Status.ShouldBe(PartnerStatus.Active);
        partner.StatusAsOf.ShouldBe(T3);
    }

    [Fact]
    public void An_older_suspension_arriving_after_a_newer_reactivation_is_ignored()
    {
        var partner = Snapshot(PartnerNews.Activated(T1), PartnerNews.Reactivated(T3));

        partner.Suspended(T2);

        partner.Status.ShouldBe(PartnerStatus.Active);
        partner.StatusAsOf.ShouldBe(T3);
    }

    [Fact]
    public void A_late_activation_fills_in_name_and_region_without_undoing_a_newer_suspension()
    {
        var partner = Snapshot(PartnerNews.Suspended(T2));

        partner.Activated("Acme Networks", "Emea", "Registered", 60, T1);

        partner.Status.ShouldBe(PartnerStatus.Suspended);
        partner.StatusAsOf.ShouldBe(T2);
        partner.Name.ShouldBe("Acme Networks");
        partner.Region.ShouldBe("Emea");
        partner.Tier.ShouldBe("Registered");
    }

    [Fact]
    public void An_older_tier_change_arriving_after_a_newer_one_is_ignored()
    {
        var partner = Snapshot(PartnerNews.Activated(T1), PartnerNews.TierChanged(T3, "Gold", 120));

        partner.TierChanged("Silver", 90, T2);

        partner.Tier.ShouldBe("Gold");
        partner.ProtectionDays.ShouldBe(120);
        partner.TierAsOf.ShouldBe(T3);
    }

    [Fact]
    public void A_late_activation_does_not_undo_a_newer_tier_change()
    {
        var partner = Snapshot(PartnerNews.TierChanged(T2, "Gold", 120));

        partner.Activated("Acme Networks", "Emea", "Registered", 60, T1);

        partner.Tier.ShouldBe("Gold");
        partner.ProtectionDays.ShouldBe(120);
        partner.Status.ShouldBe(PartnerStatus.Active);
    }

    [Fact]
    public void Status_news_does_not_touch_the_tier_and_tier_news_does_not_touch_the_status()
    {
        var partner = Snapshot(PartnerNews.Activated(T1, "Silver", 90), PartnerNews.Suspended(T2));

        partner.TierChanged("Gold", 120, T3);
        partner.Status.ShouldBe(PartnerStatus.Suspended);

        partner.Reactivated(T4);
        partner.Tier.ShouldBe("Gold");
        partner.ProtectionDays.ShouldBe(120);
    }

    [Fact]
    public void Termination_is_final_even_against_newer_status_news()
    {
        var partner = Snapshot(PartnerNews.Activated(T1), PartnerNews.Terminated(T3));

        partner.Reactivated(T4);
        partner.Activated("Acme Networks", "Emea", "Registered", 60, T5);

        partner.Status.ShouldBe(PartnerStatus.Terminated);
        partner.StatusAsOf.ShouldBe(T3);
    }

    [Fact]
    public void A_termination_older_than_the_status_already_seen_still_terminates_and_keeps_the_newer_time()
    {
        var partner = Snapshot(PartnerNews.Activated(T1), PartnerNews.Suspended(T4));

        partner.Terminated(T3);

        partner.Status.ShouldBe(PartnerStatus.Terminated);
        partner.StatusAsOf.ShouldBe(T4);
    }

    [Fact]
    public void A_terminated_partner_still_follows_tier_news()
    {
        var partner = Snapshot(PartnerNews.Terminated(T3));

        partner.TierChanged("Silver", 90, T2);

        partner.Tier.ShouldBe("Silver");
        partner.ProtectionDays.ShouldBe(90);
    }
}
