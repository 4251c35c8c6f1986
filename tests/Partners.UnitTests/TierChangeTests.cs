using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.UnitTests;

public sealed class TierChangeTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    private static TierDefinition Def(PartnerTier tier) => PartnerBuilder.Definition(tier);

    [Fact]
    public void An_active_partner_qualifying_for_a_higher_tier_is_promoted_at_once()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);
        var version = partner.Version;
        var silver = Def(PartnerTier.Silver);

        var promoted = partner.PromoteIfQualified(PartnerTier.Silver, silver, Now);

        promoted.ShouldBeTrue();
        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.Version.ShouldBeGreaterThan(version);
        var changed = DomainAssert.RaisedOnce<PartnerTierChanged>(partner);
        changed.FromTier.ShouldBe(PartnerTier.Registered);
        changed.ToTier.ShouldBe(silver);
        changed.Reason.ShouldContain("Promoted");
    }

    [Fact]
    public void Promotion_may_skip_tiers()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);

        partner.PromoteIfQualified(PartnerTier.Platinum, Def(PartnerTier.Platinum), Now).ShouldBeTrue();

        partner.Tier.ShouldBe(PartnerTier.Platinum);
    }

    [Theory]
    [InlineData(PartnerTier.Gold, PartnerTier.Gold)]
    [InlineData(PartnerTier.Gold, PartnerTier.Silver)]
    [InlineData(PartnerTier.Silver, PartnerTier.Registered)]
    public void Promotion_never_keeps_or_lowers_the_tier(PartnerTier current, PartnerTier qualified)
    {
        var partner = PartnerBuilder.ActiveAt(current);
        var version = partner.Version;

        partner.PromoteIfQualified(qualified, Def(qualified), Now).ShouldBeFalse();

        partner.Tier.ShouldBe(current);
        partner.Version.ShouldBe(version);
        partner.DomainEvents.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Qualified)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Suspended)]
    [InlineData(PartnerStatus.Terminated)]
    public void Only_an_active_partner_is_promoted(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var tier = partner.Tier;
        var version = partner.Version;

        partner.PromoteIfQualified(PartnerTier.Gold, Def(PartnerTier.Gold), Now).ShouldBeFalse();

        partner.Tier.ShouldBe(tier);
        partner.Version.ShouldBe(version);
    }

    [Fact]
    public void An_override_sets_the_tier_pins_it_and_raises_the_change()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);
        var gold = Def(PartnerTier.Gold);

        partner.OverrideTier(gold, "  Strategic account ", Now);

        partner.Tier.ShouldBe(PartnerTier.Gold);
        partner.TierPinned.ShouldBeTrue();
        var changed = DomainAssert.RaisedOnce<PartnerTierChanged>(partner);
        changed.FromTier.ShouldBe(PartnerTier.Registered);
        changed.ToTier.ShouldBe(gold);
        changed.Reason.ShouldBe("Override: Strategic account");
    }

    [Fact]
    public void An_override_may_lower_the_tier()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Gold);

        partner.OverrideTier(Def(PartnerTier.Silver), "Compliance issue", Now);

        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.TierPinned.ShouldBeTrue();
    }

    [Fact]
    public void An_override_to_the_current_tier_pins_it_without_a_tier_change()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Silver);
        var version = partner.Version;

        partner.OverrideTier(Def(PartnerTier.Silver), "Hold at Silver", Now);

        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.TierPinned.ShouldBeTrue();
        partner.Version.ShouldBeGreaterThan(version);
        DomainAssert.NotRaised<PartnerTierChanged>(partner);
    }

    [Fact]
    public void A_suspended_partner_can_have_its_tier_overridden()
    {
        var partner = PartnerBuilder.Suspended();

        partner.OverrideTier(Def(PartnerTier.Silver), "Kept for renewal", Now);

        partner.Tier.ShouldBe(PartnerTier.Silver);
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Qualified)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Terminated)]
    public void Only_an_active_or_suspended_partner_has_a_tier_to_override(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var tier = partner.Tier;

        Should.Throw<InvalidTransitionException>(() => partner.OverrideTier(Def(PartnerTier.Gold), "reason", Now));

        partner.Tier.ShouldBe(tier);
        partner.TierPinned.ShouldBeFalse();
    }

    [Fact]
    public void A_pinned_tier_is_not_promoted_automatically()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Registered);
        partner.OverrideTier(Def(PartnerTier.Silver), "Trial", Now);

        partner.PromoteIfQualified(PartnerTier.Platinum, Def(PartnerTier.Platinum), Now).ShouldBeFalse();

        partner.Tier.ShouldBe(PartnerTier.Silver);
    }
}
