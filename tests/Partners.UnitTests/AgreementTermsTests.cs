using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;

namespace Partners.UnitTests;

public sealed class AgreementTermsTests
{
    private static AgreementTerms Terms(PartnerType type, string field, decimal? value) => AgreementTerms.For(
        type,
        field == "marginPercent" ? value : null,
        field == "commissionPercent" ? value : null,
        field == "referralFeePercent" ? value : null,
        field == "revenueSharePercent" ? value : null);

    private static decimal? TermOf(AgreementTerms terms, string field) => field switch
    {
        "marginPercent" => terms.MarginPercent,
        "commissionPercent" => terms.CommissionPercent,
        "referralFeePercent" => terms.ReferralFeePercent,
        "revenueSharePercent" => terms.RevenueSharePercent,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    [Theory]
    [InlineData(PartnerType.Reseller, "marginPercent", 15, 30)]
    [InlineData(PartnerType.Msp, "marginPercent", 20, 40)]
    [InlineData(PartnerType.Referral, "commissionPercent", 10, 15)]
    [InlineData(PartnerType.SystemIntegrator, "referralFeePercent", 5, 15)]
    [InlineData(PartnerType.Technology, "revenueSharePercent", 5, 30)]
    public void Each_type_has_its_documented_term_and_range(PartnerType type, string field, int min, int max)
    {
        AgreementTerms.RangeFor(type).ShouldBe((field, (decimal)min, (decimal)max));
    }

    [Theory]
    [InlineData(PartnerType.Reseller, "marginPercent", 15)]
    [InlineData(PartnerType.Reseller, "marginPercent", 30)]
    [InlineData(PartnerType.Msp, "marginPercent", 20)]
    [InlineData(PartnerType.Msp, "marginPercent", 40)]
    [InlineData(PartnerType.Referral, "commissionPercent", 10)]
    [InlineData(PartnerType.Referral, "commissionPercent", 15)]
    [InlineData(PartnerType.SystemIntegrator, "referralFeePercent", 5)]
    [InlineData(PartnerType.SystemIntegrator, "referralFeePercent", 15)]
    [InlineData(PartnerType.Technology, "revenueSharePercent", 5)]
    [InlineData(PartnerType.Technology, "revenueSharePercent", 30)]
    public void A_term_at_either_end_of_its_range_is_accepted(PartnerType type, string field, double value)
    {
        var terms = Terms(type, field, (decimal)value);

        TermOf(terms, field).ShouldBe((decimal)value);
    }

    [Theory]
    [InlineData(PartnerType.Reseller, "marginPercent", 14.99, "15–30")]
    [InlineData(PartnerType.Reseller, "marginPercent", 30.01, "15–30")]
    [InlineData(PartnerType.Msp, "marginPercent", 19.99, "20–40")]
    [InlineData(PartnerType.Msp, "marginPercent", 40.01, "20–40")]
    [InlineData(PartnerType.Referral, "commissionPercent", 9.99, "10–15")]
    [InlineData(PartnerType.Referral, "commissionPercent", 15.01, "10–15")]
    [InlineData(PartnerType.SystemIntegrator, "referralFeePercent", 4.99, "5–15")]
    [InlineData(PartnerType.SystemIntegrator, "referralFeePercent", 15.01, "5–15")]
    [InlineData(PartnerType.Technology, "revenueSharePercent", 4.99, "5–30")]
    [InlineData(PartnerType.Technology, "revenueSharePercent", 30.01, "5–30")]
    public void A_term_just_outside_its_range_is_refused_with_the_field_and_the_allowed_range(PartnerType type, string field, double value, string range)
    {
        var exception = DomainAssert.InvalidValue(() => Terms(type, field, (decimal)value), field);

        exception.Message.ShouldContain(range);
    }

    [Fact]
    public void A_reseller_margin_above_30_percent_is_refused_with_the_allowed_range()
    {
        var exception = DomainAssert.InvalidValue(() => AgreementTerms.For(PartnerType.Reseller, 31m, null, null, null), "marginPercent");

        exception.Message.ShouldContain("15–30");
    }

    [Fact]
    public void An_msp_margin_of_35_percent_is_accepted_although_a_reseller_could_not_have_it()
    {
        AgreementTerms.For(PartnerType.Msp, 35m, null, null, null).MarginPercent.ShouldBe(35m);
        Should.Throw<InvalidValueException>(() => AgreementTerms.For(PartnerType.Reseller, 35m, null, null, null));
    }

    [Theory]
    [InlineData(PartnerType.Reseller, "marginPercent", "15–30")]
    [InlineData(PartnerType.Msp, "marginPercent", "20–40")]
    [InlineData(PartnerType.Referral, "commissionPercent", "10–15")]
    [InlineData(PartnerType.SystemIntegrator, "referralFeePercent", "5–15")]
    [InlineData(PartnerType.Technology, "revenueSharePercent", "5–30")]
    public void A_missing_term_is_refused_naming_the_field_the_type_needs(PartnerType type, string field, string range)
    {
        var exception = DomainAssert.InvalidValue(() => AgreementTerms.For(type, null, null, null, null), field);

        exception.Message.ShouldContain("required");
        exception.Message.ShouldContain(range);
    }

    [Theory]
    [InlineData(PartnerType.Reseller, "commissionPercent")]
    [InlineData(PartnerType.Reseller, "revenueSharePercent")]
    [InlineData(PartnerType.Msp, "referralFeePercent")]
    [InlineData(PartnerType.Referral, "marginPercent")]
    [InlineData(PartnerType.SystemIntegrator, "commissionPercent")]
    [InlineData(PartnerType.Technology, "marginPercent")]
    public void A_term_of_another_type_is_refused_even_beside_a_valid_own_term(PartnerType type, string foreignField)
    {
        var (ownField, min, _) = AgreementTerms.RangeFor(type);
        decimal? Value(string field) => field == ownField ? min : field == foreignField ? 10m : null;

        var exception = DomainAssert.InvalidValue(
            () => AgreementTerms.For(type, Value("marginPercent"), Value("commissionPercent"), Value("referralFeePercent"), Value("revenueSharePercent")),
            foreignField);

        exception.Message.ShouldContain("does not apply");
        exception.Message.ShouldContain(ownField);
    }
}
