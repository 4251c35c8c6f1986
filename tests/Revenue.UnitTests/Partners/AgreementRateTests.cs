using Revenue.Domain.Partners;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Partners;

/// <summary>Compensation by partner type: Reseller and Msp margin (+ tier bonus), Referral commission, SI referral fee, Technology revenue share.</summary>
public sealed class AgreementRateTests
{
    /// <summary>An agreement with every percent filled, so each type must pick its own.</summary>
    private static AgreementTerms EveryPercent(PartnerType type) =>
        Agreement(type, margin: 20m, commission: 10m, referralFee: 5m, revenueShare: 15m);

    [Theory]
    [InlineData(PartnerType.Reseller, CompensationBasis.Margin, 20, 3, 23)]
    [InlineData(PartnerType.Msp, CompensationBasis.Margin, 20, 3, 23)]
    [InlineData(PartnerType.Referral, CompensationBasis.Commission, 10, 0, 10)]
    [InlineData(PartnerType.SystemIntegrator, CompensationBasis.ReferralFee, 5, 0, 5)]
    [InlineData(PartnerType.Technology, CompensationBasis.RevenueShare, 15, 0, 15)]
    public void Each_partner_type_is_paid_on_its_own_basis_and_only_margin_gets_the_tier_bonus(
        PartnerType type, CompensationBasis basis, int agreementPercent, int tierBonus, int totalPercent)
    {
        var agreement = EveryPercent(type);

        var rate = agreement.RateWith(tierMarginBonusPercent: 3m);

        rate.Basis.ShouldBe(basis);
        rate.AgreementPercent.ShouldBe(agreementPercent);
        rate.TierBonusPercent.ShouldBe(tierBonus);
        rate.TotalPercent.ShouldBe(totalPercent);
        rate.AgreementId.ShouldBe(agreement.AgreementId);
    }

    [Theory]
    [InlineData(PartnerType.Reseller, 4)]
    [InlineData(PartnerType.Msp, 4)]
    [InlineData(PartnerType.Referral, 0)]
    [InlineData(PartnerType.SystemIntegrator, 0)]
    [InlineData(PartnerType.Technology, 0)]
    public void A_missing_percent_for_the_type_counts_as_zero(PartnerType type, int expectedTotal)
    {
        var rate = Agreement(type).RateWith(4m);

        rate.AgreementPercent.ShouldBe(0m);
        rate.TotalPercent.ShouldBe(expectedTotal);
        rate.On(Dollars(50_000m)).Amount.ShouldBe(expectedTotal * 500m);
    }

    [Fact]
    public void The_issue_example_a_Reseller_at_20_percent_margin_earns_10000_on_50000()
    {
        var rate = Agreement(PartnerType.Reseller, margin: 20m).RateWith(0m);

        rate.On(Dollars(50_000m)).Amount.ShouldBe(10_000m);
    }

    [Fact]
    public void The_issue_example_with_a_2_percent_Silver_bonus_earns_11000_on_50000()
    {
        var rate = Agreement(PartnerType.Reseller, margin: 20m).RateWith(2m);

        rate.On(Dollars(50_000m)).Amount.ShouldBe(11_000m);
    }

    [Theory]
    [InlineData(PartnerTier.Registered, 0, 10_000)]
    [InlineData(PartnerTier.Silver, 2, 11_000)]
    [InlineData(PartnerTier.Gold, 4, 12_000)]
    [InlineData(PartnerTier.Platinum, 6.5, 13_250)]
    public void A_margin_partner_earns_its_tiers_bonus_on_top_of_the_margin(PartnerTier tier, double bonus, int expected)
    {
        foreach (var type in new[] { PartnerType.Reseller, PartnerType.Msp })
        {
            var partner = RevenuePartner.Unknown(PartnerId);
            partner.Activated("Acme", type, Region.NorthAmerica, tier, (decimal)bonus, 2m, Now);

            var rate = Agreement(type, margin: 20m).RateWith(partner.MarginBonusPercent);

            rate.On(Dollars(50_000m)).Amount.ShouldBe(expected, $"{type} at {tier}");
        }
    }

    [Theory]
    [InlineData(PartnerTier.Registered)]
    [InlineData(PartnerTier.Silver)]
    [InlineData(PartnerTier.Gold)]
    [InlineData(PartnerTier.Platinum)]
    public void A_commission_fee_or_share_is_the_same_at_every_tier(PartnerTier tier)
    {
        var partner = RevenuePartner.Unknown(PartnerId);
        partner.Activated("Acme", PartnerType.Referral, Region.Emea, tier, (int)tier * 2m, 2m, Now);

        EveryPercent(PartnerType.Referral).RateWith(partner.MarginBonusPercent).On(Dollars(50_000m)).Amount.ShouldBe(5_000m);
        EveryPercent(PartnerType.SystemIntegrator).RateWith(partner.MarginBonusPercent).On(Dollars(50_000m)).Amount.ShouldBe(2_500m);
        EveryPercent(PartnerType.Technology).RateWith(partner.MarginBonusPercent).On(Dollars(50_000m)).Amount.ShouldBe(7_500m);
    }

    public static TheoryData<decimal, decimal, decimal, decimal> RoundedRates => new()
    {
        { 12.5m, 0m, 0.99m, 0.12m },
        { 0.5m, 0m, 1.00m, 0.01m },
        { 17.5m, 1.25m, 1_234.57m, 231.48m },
        { 33.333m, 0m, 100m, 33.33m },
    };

    [Theory]
    [MemberData(nameof(RoundedRates))]
    public void A_rate_on_an_amount_is_rounded_to_cents_half_away_from_zero(decimal margin, decimal bonus, decimal amount, decimal expected) =>
        ResellerRate(margin, bonus).On(Dollars(amount)).Amount.ShouldBe(expected);
}
