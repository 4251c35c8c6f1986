using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.UnitTests;

public sealed class PartnerLifecycleTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    [Fact]
    public void A_new_partner_is_a_prospect_without_tier_and_with_its_website_normalised()
    {
        var partner = Partner.Prospect(" Acme Networks ", PartnerType.Msp, " https://www.Acme.com/partners ", Region.Apac, " au ", 12, ["Cloud", " cloud ", "", "Security"], Now);

        partner.Id.ShouldNotBe(Guid.Empty);
        partner.Name.ShouldBe("Acme Networks");
        partner.Type.ShouldBe(PartnerType.Msp);
        partner.Website.ShouldBe("https://www.Acme.com/partners");
        partner.Domain.ShouldBe("acme.com");
        partner.Region.ShouldBe(Region.Apac);
        partner.Country.ShouldBe("AU");
        partner.SalesTeamSize.ShouldBe(12);
        partner.Specializations.ShouldBe(["Cloud", "Security"]);
        partner.Status.ShouldBe(PartnerStatus.Prospect);
        partner.Tier.ShouldBeNull();
        partner.ActivatedAt.ShouldBeNull();
        partner.CreatedAt.ShouldBe(Now);
        partner.Version.ShouldBe(1);
        DomainAssert.RaisedOnce<PartnerProspectCreated>(partner);
    }

    [Fact]
    public void A_negative_sales_team_size_is_refused()
    {
        DomainAssert.InvalidValue(() => Partner.Prospect("Acme", PartnerType.Reseller, "acme.com", Region.Emea, "DE", -1, null, Now), "salesTeamSize");
    }

    [Fact]
    public void An_unusable_website_is_refused_when_the_prospect_is_created()
    {
        DomainAssert.InvalidValue(() => Partner.Prospect("Acme", PartnerType.Reseller, "not a website", Region.Emea, "DE", 5, null, Now), "website");
    }

    [Fact]
    public void Drafting_the_first_agreement_moves_a_qualified_partner_to_onboarding()
    {
        var partner = PartnerBuilder.Qualified();

        partner.DraftAgreement(PartnerBuilder.EffectiveFrom, null, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        partner.Status.ShouldBe(PartnerStatus.Onboarding);
        partner.Tier.ShouldBeNull();
    }

    [Fact]
    public void An_onboarding_partner_may_draft_another_agreement_and_stays_onboarding()
    {
        var partner = PartnerBuilder.Onboarding();

        partner.DraftAgreement(PartnerBuilder.EffectiveFrom, 24, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        partner.Status.ShouldBe(PartnerStatus.Onboarding);
        partner.Agreements.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Declined)]
    [InlineData(PartnerStatus.Suspended)]
    [InlineData(PartnerStatus.Terminated)]
    public void An_agreement_cannot_be_drafted_before_qualification_or_after_suspension(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var agreements = partner.Agreements.Count;

        Should.Throw<InvalidTransitionException>(() => partner.DraftAgreement(PartnerBuilder.EffectiveFrom, null, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now));

        partner.Status.ShouldBe(status);
        partner.Agreements.Count.ShouldBe(agreements);
    }

    [Fact]
    public void Signing_the_first_agreement_activates_the_partner_at_the_registered_tier()
    {
        var partner = PartnerBuilder.Onboarding();
        partner.ClearDomainEvents();
        var registered = PartnerBuilder.Registered();
        var signedAt = Now.AddDays(3);

        partner.SignAgreement(partner.Agreements[0].Id, "Jane Doe", registered, signedAt);

        partner.Status.ShouldBe(PartnerStatus.Active);
        partner.Tier.ShouldBe(PartnerTier.Registered);
        partner.TierPinned.ShouldBeFalse();
        partner.ActivatedAt.ShouldBe(signedAt);
        partner.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(AgreementSigned), typeof(PartnerActivated)]);
        var activated = DomainAssert.RaisedOnce<PartnerActivated>(partner);
        activated.Tier.ShouldBe(registered);
        activated.OccurredAt.ShouldBe(signedAt);
    }

    [Fact]
    public void An_active_partner_drafting_a_renewal_stays_active()
    {
        var partner = PartnerBuilder.Active();

        partner.DraftAgreement(new DateOnly(2027, 4, 1), 12, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        partner.Status.ShouldBe(PartnerStatus.Active);
        partner.Tier.ShouldBe(PartnerTier.Registered);
    }

    [Fact]
    public void Signing_a_renewal_does_not_activate_the_partner_again()
    {
        var partner = PartnerBuilder.ActiveAt(PartnerTier.Silver);
        var activatedAt = partner.ActivatedAt;
        var renewal = partner.DraftAgreement(new DateOnly(2027, 4, 1), 12, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        partner.SignAgreement(renewal.Id, "Jane Doe", PartnerBuilder.Registered(), Now.AddMonths(11));

        partner.Status.ShouldBe(PartnerStatus.Active);
        partner.Tier.ShouldBe(PartnerTier.Silver);
        partner.ActivatedAt.ShouldBe(activatedAt);
        DomainAssert.RaisedOnce<AgreementSigned>(partner);
        DomainAssert.NotRaised<PartnerActivated>(partner);
    }

    [Theory]
    [InlineData(PartnerStatus.Suspended)]
    [InlineData(PartnerStatus.Terminated)]
    public void A_suspended_or_terminated_partner_cannot_sign_an_agreement(PartnerStatus status)
    {
        var partner = PartnerBuilder.Active();
        var renewal = partner.DraftAgreement(new DateOnly(2027, 4, 1), 12, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);
        if (status == PartnerStatus.Suspended)
            partner.Suspend("Audit", Now);
        else
            partner.Terminate("Ended", Now);

        Should.Throw<InvalidTransitionException>(() => partner.SignAgreement(renewal.Id, "Jane Doe", PartnerBuilder.Registered(), Now));

        renewal.Status.ShouldBe(AgreementStatus.Draft);
    }

    [Fact]
    public void The_version_moves_on_with_every_change_through_the_lifecycle()
    {
        var versions = new List<int>();
        var partner = PartnerBuilder.Prospect();
        versions.Add(partner.Version);

        partner.Evaluate(PartnerBuilder.QualifyingScores, null, Now);
        versions.Add(partner.Version);
        var agreement = partner.DraftAgreement(PartnerBuilder.EffectiveFrom, null, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);
        versions.Add(partner.Version);
        partner.SignAgreement(agreement.Id, "Jane Doe", PartnerBuilder.Registered(), Now);
        versions.Add(partner.Version);
        var contact = partner.AddContact("Ann", "Lee", "ann@acme.com", ContactRole.SalesRep, Now);
        versions.Add(partner.Version);
        partner.DeactivateContact(contact.Id, Now);
        versions.Add(partner.Version);
        partner.PromoteIfQualified(PartnerTier.Silver, PartnerBuilder.Definition(PartnerTier.Silver), Now);
        versions.Add(partner.Version);
        partner.OverrideTier(PartnerBuilder.Definition(PartnerTier.Gold), "Strategic account", Now);
        versions.Add(partner.Version);
        partner.Review(PartnerTier.Silver, PartnerBuilder.Definition(PartnerTier.Silver), Now);
        versions.Add(partner.Version);
        partner.Suspend("Audit", Now);
        versions.Add(partner.Version);
        partner.Reactivate("Audit passed", Now);
        versions.Add(partner.Version);
        partner.Terminate("Ended", Now);
        versions.Add(partner.Version);

        versions[0].ShouldBe(1);
        for (var i = 1; i < versions.Count; i++)
            versions[i].ShouldBeGreaterThan(versions[i - 1], $"step {i} did not move the version on");
    }
}
