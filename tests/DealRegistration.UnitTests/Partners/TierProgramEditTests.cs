using DealRegistration.Domain.Partners;
using static DealRegistration.UnitTests.Partners.PartnerTimeline;

namespace DealRegistration.UnitTests.Partners;

/// <summary>
/// partner.tier-program-updated: a tier's protection days change for the partners on it; edits and tier changes
/// arrive in any order, and the newest news wins.
/// </summary>
public sealed class TierProgramEditTests
{
    private static PartnerSnapshot OnTier(string tier, int days, DateTimeOffset at)
    {
        var partner = PartnerSnapshot.Unknown(PartnerId);
        partner.Activated("Acme", "Emea", tier, days, at);
        return partner;
    }

    private static TierBenefits Edit(string tier, int days, int version, DateTimeOffset at)
    {
        var program = TierBenefits.Unknown(tier);
        program.Apply(days, version, at).ShouldBeTrue();
        return program;
    }

    [Fact]
    public void An_edit_of_the_partners_tier_sets_its_protection_days()
    {
        var partner = OnTier("Gold", 90, T1);

        partner.TierProgramUpdated("Gold", 120, T2);

        partner.ProtectionDays.ShouldBe(120);
        partner.TermsAsOf.ShouldBe(T2);
    }

    [Fact]
    public void An_edit_of_another_tier_changes_nothing()
    {
        var partner = OnTier("Gold", 90, T1);

        partner.TierProgramUpdated("Silver", 30, T2);

        partner.ProtectionDays.ShouldBe(90);
    }

    [Fact]
    public void An_edit_older_than_the_partners_tier_change_does_not_overwrite_the_days_the_change_carried()
    {
        var partner = OnTier("Gold", 100, T2);

        partner.TierProgramUpdated("Gold", 80, T1);

        partner.ProtectionDays.ShouldBe(100);
    }

    [Fact]
    public void A_tier_change_arriving_after_a_newer_edit_of_its_tier_takes_the_edited_days()
    {
        var partner = OnTier("Silver", 90, T1);

        partner.TierChanged("Gold", 90, T2, Edit("Gold", 150, 2, T3));

        partner.Tier.ShouldBe("Gold");
        partner.ProtectionDays.ShouldBe(150);
        partner.TermsAsOf.ShouldBe(T3);
    }

    [Fact]
    public void A_tier_change_newer_than_the_known_edit_keeps_its_own_days()
    {
        var partner = OnTier("Silver", 90, T1);

        partner.TierChanged("Gold", 110, T3, Edit("Gold", 150, 2, T2));

        partner.ProtectionDays.ShouldBe(110);
        partner.TermsAsOf.ShouldBe(T3);
    }

    [Fact]
    public void An_activation_after_a_newer_edit_of_its_tier_takes_the_edited_days() =>
        OnTierWithProgram("Registered", 60, T1, Edit("Registered", 45, 2, T2)).ProtectionDays.ShouldBe(45);

    [Fact]
    public void A_program_edit_applies_once_and_never_goes_back_to_an_older_version()
    {
        var program = TierBenefits.Unknown("Gold");

        program.Apply(120, 3, T3).ShouldBeTrue();
        program.Apply(100, 2, T2).ShouldBeFalse();
        program.Apply(120, 3, T3).ShouldBeFalse();

        program.ProtectionDays.ShouldBe(120);
        program.Version.ShouldBe(3);
    }

    private static PartnerSnapshot OnTierWithProgram(string tier, int days, DateTimeOffset at, TierBenefits program)
    {
        var partner = PartnerSnapshot.Unknown(PartnerId);
        partner.Activated("Acme", "Emea", tier, days, at, program);
        return partner;
    }
}
