using Revenue.Domain.Partners;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Partners;

/// <summary>A booking takes the terms in force on its close date: the latest-effective covering agreement, the latest signed on a tie.</summary>
public sealed class AgreementInForceTests
{
    private static readonly DateOnly Jan2025 = new(2025, 1, 1);
    private static readonly DateOnly Jan2026 = new(2026, 1, 1);

    [Fact]
    public void The_only_agreement_covering_the_date_is_in_force()
    {
        var agreement = Agreement(margin: 20m, effectiveFrom: Jan2026);

        AgreementTerms.InForceOn([agreement], ClosedOn).ShouldBeSameAs(agreement);
    }

    [Fact]
    public void The_later_effective_agreement_wins_whatever_the_order_of_the_list()
    {
        var older = Agreement(margin: 15m, effectiveFrom: Jan2025, signedAt: Now.AddMonths(-1));
        var newer = Agreement(margin: 20m, effectiveFrom: Jan2026, signedAt: Now.AddMonths(-6));

        AgreementTerms.InForceOn([newer, older], ClosedOn).ShouldBeSameAs(newer);
        AgreementTerms.InForceOn([older, newer], ClosedOn).ShouldBeSameAs(newer);
    }

    [Fact]
    public void A_re_signed_agreement_does_not_re_price_deals_closed_before_it_took_effect()
    {
        var older = Agreement(margin: 15m, effectiveFrom: Jan2025);
        var newer = Agreement(margin: 20m, effectiveFrom: Jan2026);

        AgreementTerms.InForceOn([older, newer], new DateOnly(2025, 12, 31)).ShouldBeSameAs(older);
    }

    [Fact]
    public void On_the_same_effective_date_the_later_signed_agreement_wins()
    {
        var first = Agreement(margin: 15m, effectiveFrom: Jan2026, signedAt: Now.AddDays(-30));
        var second = Agreement(margin: 18m, effectiveFrom: Jan2026, signedAt: Now.AddDays(-2));

        AgreementTerms.InForceOn([second, first], ClosedOn).ShouldBeSameAs(second);
        AgreementTerms.InForceOn([first, second], ClosedOn).ShouldBeSameAs(second);
    }

    [Fact]
    public void An_agreement_that_expired_before_the_date_is_ignored()
    {
        var expired = Agreement(margin: 20m, effectiveFrom: Jan2026, expiresOn: ClosedOn.AddDays(-1));

        AgreementTerms.InForceOn([expired], ClosedOn).ShouldBeNull();
    }

    [Fact]
    public void An_expired_later_agreement_does_not_shadow_an_earlier_one_still_in_force()
    {
        var open = Agreement(margin: 15m, effectiveFrom: Jan2025);
        var expired = Agreement(margin: 25m, effectiveFrom: Jan2026, expiresOn: new DateOnly(2026, 3, 31));

        AgreementTerms.InForceOn([expired, open], ClosedOn).ShouldBeSameAs(open);
    }

    [Fact]
    public void An_agreement_not_yet_effective_on_the_date_is_ignored()
    {
        var future = Agreement(margin: 20m, effectiveFrom: ClosedOn.AddDays(1));

        AgreementTerms.InForceOn([future], ClosedOn).ShouldBeNull();
    }

    [Fact]
    public void The_effective_date_and_the_expiry_date_are_both_covered()
    {
        var agreement = Agreement(margin: 20m, effectiveFrom: ClosedOn, expiresOn: ClosedOn.AddDays(30));

        agreement.Covers(ClosedOn).ShouldBeTrue();
        agreement.Covers(ClosedOn.AddDays(30)).ShouldBeTrue();
        agreement.Covers(ClosedOn.AddDays(31)).ShouldBeFalse();
        agreement.Covers(ClosedOn.AddDays(-1)).ShouldBeFalse();
    }

    [Fact]
    public void With_no_agreement_at_all_nothing_is_in_force() =>
        AgreementTerms.InForceOn([], ClosedOn).ShouldBeNull();

    [Fact]
    public void Signed_keeps_every_term_of_the_agreement()
    {
        var (agreementId, signedAt) = (Guid.CreateVersion7(), Now.AddDays(-3));

        var terms = AgreementTerms.Signed(agreementId, PartnerId, PartnerType.Msp, 20m, 1m, 2m, 3m, Jan2026, new DateOnly(2026, 12, 31), signedAt, Eur);

        terms.AgreementId.ShouldBe(agreementId);
        terms.PayoutCurrency.ShouldBe("EUR");
        terms.PartnerId.ShouldBe(PartnerId);
        terms.PartnerType.ShouldBe(PartnerType.Msp);
        (terms.MarginPercent, terms.CommissionPercent, terms.ReferralFeePercent, terms.RevenueSharePercent).ShouldBe((20m, 1m, 2m, 3m));
        terms.EffectiveFrom.ShouldBe(Jan2026);
        terms.ExpiresOn.ShouldBe(new DateOnly(2026, 12, 31));
        terms.SignedAt.ShouldBe(signedAt);
    }
}
