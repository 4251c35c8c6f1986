using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;

namespace Partners.UnitTests;

public sealed class AgreementTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    [Fact]
    public void A_drafted_agreement_is_a_draft_carrying_the_terms()
    {
        var partner = PartnerBuilder.Qualified(PartnerType.Msp);

        var agreement = partner.DraftAgreement(new DateOnly(2026, 4, 1), 24, AgreementTerms.For(PartnerType.Msp, 25m, null, null, null), PartnerBuilder.Usd, Now);

        agreement.Status.ShouldBe(AgreementStatus.Draft);
        agreement.PartnerId.ShouldBe(partner.Id);
        agreement.EffectiveFrom.ShouldBe(new DateOnly(2026, 4, 1));
        agreement.TermMonths.ShouldBe(24);
        agreement.MarginPercent.ShouldBe(25m);
        agreement.CommissionPercent.ShouldBeNull();
        agreement.CreatedAt.ShouldBe(Now);
        agreement.SignedBy.ShouldBeNull();
        agreement.SignedAt.ShouldBeNull();
        partner.Agreements.ShouldHaveSingleItem().ShouldBe(agreement);
        DomainAssert.RaisedOnce<AgreementDrafted>(partner).Agreement.ShouldBe(agreement);
    }

    [Fact]
    public void Without_a_term_an_agreement_runs_12_months_and_expires_the_day_before_its_anniversary()
    {
        var partner = PartnerBuilder.Qualified();

        var agreement = partner.DraftAgreement(new DateOnly(2026, 4, 1), null, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        Agreement.DefaultTermMonths.ShouldBe(12);
        agreement.TermMonths.ShouldBe(12);
        agreement.ExpiresOn.ShouldBe(new DateOnly(2027, 3, 31));
    }

    [Theory]
    [InlineData(1, "2026-04-30")]
    [InlineData(60, "2031-03-31")]
    public void A_term_of_1_to_60_months_is_accepted_and_expires_one_day_before_effective_from_plus_the_term(int months, string expiresOn)
    {
        var partner = PartnerBuilder.Qualified();

        var agreement = partner.DraftAgreement(new DateOnly(2026, 4, 1), months, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        agreement.TermMonths.ShouldBe(months);
        agreement.ExpiresOn.ShouldBe(DateOnly.Parse(expiresOn));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    [InlineData(-12)]
    public void A_term_outside_1_to_60_months_is_refused_and_nothing_is_drafted(int months)
    {
        var partner = PartnerBuilder.Qualified();

        DomainAssert.InvalidValue(() => partner.DraftAgreement(PartnerBuilder.EffectiveFrom, months, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now), "termMonths");

        partner.Agreements.ShouldBeEmpty();
        partner.Status.ShouldBe(PartnerStatus.Qualified);
    }

    [Fact]
    public void Signing_makes_the_agreement_active_with_the_signer_and_the_time()
    {
        var partner = PartnerBuilder.Onboarding();
        var draft = partner.Agreements[0];

        var signed = partner.SignAgreement(draft.Id, "  Jane Doe ", PartnerBuilder.Registered(), Now.AddDays(2));

        signed.ShouldBe(draft);
        signed.Status.ShouldBe(AgreementStatus.Active);
        signed.SignedBy.ShouldBe("Jane Doe");
        signed.SignedAt.ShouldBe(Now.AddDays(2));
        DomainAssert.RaisedOnce<AgreementSigned>(partner).Agreement.ShouldBe(draft);
    }

    [Fact]
    public void A_second_signed_agreement_supersedes_the_first()
    {
        var partner = PartnerBuilder.Active();
        var first = partner.Agreements[0];
        var renewal = partner.DraftAgreement(new DateOnly(2027, 4, 1), 12, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        partner.SignAgreement(renewal.Id, "Jane Doe", PartnerBuilder.Registered(), Now);

        renewal.Status.ShouldBe(AgreementStatus.Active);
        first.Status.ShouldBe(AgreementStatus.Superseded);
        partner.Agreements.Count(a => a.Status == AgreementStatus.Active).ShouldBe(1);
    }

    [Fact]
    public void Signing_one_agreement_leaves_other_drafts_as_drafts()
    {
        var partner = PartnerBuilder.Active();
        var renewal = partner.DraftAgreement(new DateOnly(2027, 4, 1), 12, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);
        var alternative = partner.DraftAgreement(new DateOnly(2027, 4, 1), 24, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);

        partner.SignAgreement(renewal.Id, "Jane Doe", PartnerBuilder.Registered(), Now);

        alternative.Status.ShouldBe(AgreementStatus.Draft);
    }

    [Fact]
    public void An_agreement_already_signed_cannot_be_signed_again()
    {
        var partner = PartnerBuilder.Active();
        var signed = partner.Agreements[0];
        var version = partner.Version;

        Should.Throw<InvalidTransitionException>(() => partner.SignAgreement(signed.Id, "Someone Else", PartnerBuilder.Registered(), Now));

        signed.SignedBy.ShouldBe("Jane Doe");
        partner.Version.ShouldBe(version);
    }

    [Fact]
    public void A_superseded_agreement_cannot_be_signed_and_the_current_one_stays_active()
    {
        var partner = PartnerBuilder.Active();
        var first = partner.Agreements[0];
        var renewal = partner.DraftAgreement(new DateOnly(2027, 4, 1), 12, PartnerBuilder.TermsFor(PartnerType.Reseller), PartnerBuilder.Usd, Now);
        partner.SignAgreement(renewal.Id, "Jane Doe", PartnerBuilder.Registered(), Now);

        Should.Throw<InvalidTransitionException>(() => partner.SignAgreement(first.Id, "Jane Doe", PartnerBuilder.Registered(), Now));

        first.Status.ShouldBe(AgreementStatus.Superseded);
        renewal.Status.ShouldBe(AgreementStatus.Active);
    }

    [Fact]
    public void Signing_an_agreement_the_partner_does_not_have_is_not_found()
    {
        var partner = PartnerBuilder.Onboarding();

        Should.Throw<KeyNotFoundException>(() => partner.SignAgreement(Guid.NewGuid(), "Jane Doe", PartnerBuilder.Registered(), Now));

        partner.Status.ShouldBe(PartnerStatus.Onboarding);
    }

    [Fact]
    public void An_agreement_names_the_currency_its_compensation_is_paid_in()
    {
        var partner = PartnerBuilder.Qualified(PartnerType.Reseller);

        var agreement = partner.DraftAgreement(new DateOnly(2026, 4, 1), null, PartnerBuilder.TermsFor(PartnerType.Reseller), Currency.Of("eur"), Now);

        agreement.PayoutCurrency.ShouldBe("EUR");
    }
}
