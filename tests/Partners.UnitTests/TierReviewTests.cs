using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.UnitTests;

public sealed class TierReviewTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    private static TierDefinition Def(PartnerTier tier) => PartnerBuilder.Definition(tier);

    [Fact]
    public void The_quarterly_review_demotes_a_partner_that_no_longer_qualifies()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Gold);
        var silver = Def(PartnerTier.Silver);

        partner.Review(PartnerTier.Silver, silver, Now).ShouldBeTrue();

        partner.Tier.ShouldBe(PartnerTier.Silver);
        var changed = DomainAssert.RaisedOnce<PartnerTierChanged>(partner);
        changed.FromTier.ShouldBe(PartnerTier.Gold);
        changed.ToTier.ShouldBe(silver);
        changed.Reason.ShouldBe("Quarterly review: demoted to Silver");
    }

    [Fact]
    public void The_quarterly_review_promotes_a_partner_that_qualifies_higher()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Silver);

        partner.Review(PartnerTier.Gold, Def(PartnerTier.Gold), Now).ShouldBeTrue();

        partner.Tier.ShouldBe(PartnerTier.Gold);
        DomainAssert.RaisedOnce<PartnerTierChanged>(partner).Reason.ShouldBe("Quarterly review: promoted to Gold");
    }

    [Fact]
    public void The_quarterly_review_ends_an_override_and_applies_the_numbers()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);
        partner.OverrideTier(Def(PartnerTier.Gold), "Strategic account", Now);
        partner.ClearDomainEvents();

        partner.Review(PartnerTier.Registered, Def(PartnerTier.Registered), Now).ShouldBeTrue();

        partner.Tier.ShouldBe(PartnerTier.Registered);
        partner.TierPinned.ShouldBeFalse();
        DomainAssert.RaisedOnce<PartnerTierChanged>(partner).FromTier.ShouldBe(PartnerTier.Gold);
    }

    [Fact]
    public void After_the_review_ends_an_override_the_partner_is_promoted_automatically_again()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);
        partner.OverrideTier(Def(PartnerTier.Silver), "Trial", Now);
        partner.Review(PartnerTier.Silver, Def(PartnerTier.Silver), Now);

        partner.PromoteIfQualified(PartnerTier.Gold, Def(PartnerTier.Gold), Now).ShouldBeTrue();

        partner.Tier.ShouldBe(PartnerTier.Gold);
    }

    [Fact]
    public void The_quarterly_review_does_nothing_when_the_partner_qualifies_for_its_current_tier()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Silver);
        var version = partner.Version;

        partner.Review(PartnerTier.Silver, Def(PartnerTier.Silver), Now).ShouldBeFalse();

        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.Version.ShouldBe(version);
        partner.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void The_quarterly_review_ends_an_override_even_when_the_tier_stays()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);
        partner.OverrideTier(Def(PartnerTier.Silver), "Trial", Now);
        partner.ClearDomainEvents();

        partner.Review(PartnerTier.Silver, Def(PartnerTier.Silver), Now).ShouldBeFalse();

        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.TierPinned.ShouldBeFalse();
        DomainAssert.NotRaised<PartnerTierChanged>(partner);
    }

    [Fact]
    public void Ending_an_override_at_review_moves_the_version_on_even_when_the_tier_stays()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);
        partner.OverrideTier(Def(PartnerTier.Silver), "Trial", Now);
        var version = partner.Version;

        partner.Review(PartnerTier.Silver, Def(PartnerTier.Silver), Now);

        partner.TierPinned.ShouldBeFalse();
        partner.Version.ShouldBeGreaterThan(version);
    }

    [Fact]
    public void A_suspended_partner_is_reviewed_too()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Gold);
        partner.Suspend("Audit", Now);

        partner.Review(PartnerTier.Registered, Def(PartnerTier.Registered), Now).ShouldBeTrue();

        partner.Tier.ShouldBe(PartnerTier.Registered);
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Terminated)]
    public void A_partner_neither_active_nor_suspended_is_left_alone_by_the_review(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var tier = partner.Tier;
        var version = partner.Version;

        partner.Review(PartnerTier.Gold, Def(PartnerTier.Gold), Now).ShouldBeFalse();

        partner.Tier.ShouldBe(tier);
        partner.Version.ShouldBe(version);
    }
}
