using Revenue.Domain.Partners;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Partners;

/// <summary>partner.tier-program-updated: a tier's margin bonus and MDF percent change for its partners; newest news wins.</summary>
public sealed class TierProgramEditTests
{
    private static readonly DateTimeOffset T1 = Now.AddDays(-3);
    private static readonly DateTimeOffset T2 = Now.AddDays(-2);
    private static readonly DateTimeOffset T3 = Now.AddDays(-1);

    private static RevenuePartner OnTier(PartnerTier tier, decimal bonus, decimal mdf, DateTimeOffset at, TierBenefits? program = null)
    {
        var partner = RevenuePartner.Unknown(PartnerId);
        partner.Activated("Acme Cloud", PartnerType.Reseller, Region.Emea, tier, bonus, mdf, at, program);
        return partner;
    }

    private static TierBenefits Edit(PartnerTier tier, decimal bonus, decimal mdf, int version, DateTimeOffset at)
    {
        var program = TierBenefits.Unknown(tier);
        program.Apply(bonus, mdf, version, at).ShouldBeTrue();
        return program;
    }

    [Fact]
    public void An_edit_of_the_partners_tier_sets_its_margin_bonus_and_mdf_percent()
    {
        var partner = OnTier(PartnerTier.Gold, 4m, 2m, T1);

        partner.TierProgramUpdated(PartnerTier.Gold, 5m, 2.5m, T2);

        partner.MarginBonusPercent.ShouldBe(5m);
        partner.MdfPercent.ShouldBe(2.5m);
        partner.TermsAsOf.ShouldBe(T2);
        partner.TierAsOf.ShouldBe(T1, "an edit is no tier change");
    }

    [Fact]
    public void An_edit_of_another_tier_or_older_than_the_partners_tier_change_changes_nothing()
    {
        var partner = OnTier(PartnerTier.Gold, 4m, 2m, T2);

        partner.TierProgramUpdated(PartnerTier.Silver, 9m, 9m, T3);
        partner.TierProgramUpdated(PartnerTier.Gold, 1m, 1m, T1);

        partner.MarginBonusPercent.ShouldBe(4m);
        partner.MdfPercent.ShouldBe(2m);
    }

    [Fact]
    public void A_tier_change_arriving_after_a_newer_edit_of_its_tier_takes_the_edited_terms()
    {
        var partner = OnTier(PartnerTier.Silver, 2m, 1m, T1);

        partner.TierChanged(PartnerTier.Gold, 4m, 2m, T2, Edit(PartnerTier.Gold, 5m, 3m, 2, T3));

        partner.Tier.ShouldBe(PartnerTier.Gold);
        partner.MarginBonusPercent.ShouldBe(5m);
        partner.MdfPercent.ShouldBe(3m);
    }

    [Fact]
    public void A_tier_change_newer_than_the_known_edit_keeps_its_own_terms() =>
        OnTier(PartnerTier.Gold, 4.5m, 2m, T3, Edit(PartnerTier.Gold, 5m, 3m, 2, T2)).MarginBonusPercent.ShouldBe(4.5m);

    [Fact]
    public void A_program_edit_applies_once_and_never_goes_back_to_an_older_version()
    {
        var program = TierBenefits.Unknown(PartnerTier.Gold);

        program.Apply(5m, 3m, 3, T3).ShouldBeTrue();
        program.Apply(4m, 2m, 2, T2).ShouldBeFalse();

        program.MarginBonusPercent.ShouldBe(5m);
        program.Version.ShouldBe(3);
    }
}
