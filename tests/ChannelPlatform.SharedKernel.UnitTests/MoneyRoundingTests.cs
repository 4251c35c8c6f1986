using ChannelPlatform.SharedKernel;

namespace ChannelPlatform.SharedKernel.UnitTests;

/// <summary>CONTRACT.md: money is rounded to its currency's minor units (JPY 0, USD 2, KWD 3), half away from zero.</summary>
public sealed class MoneyRoundingTests
{
    public static TheoryData<string, decimal, decimal> Rounding => new()
    {
        { "USD", 0.005m, 0.01m },
        { "USD", -0.005m, -0.01m },
        { "USD", 2.675m, 2.68m },
        { "USD", 0.125m, 0.13m },
        { "EUR", 1.234m, 1.23m },
        { "JPY", 1234.5m, 1235m },
        { "JPY", -1234.5m, -1235m },
        { "JPY", 1234.49m, 1234m },
        { "KRW", 0.5m, 1m },
        { "KWD", 1.2345m, 1.235m },
        { "KWD", 1.2344m, 1.234m },
        { "BHD", -0.0005m, -0.001m },
    };

    [Theory]
    [MemberData(nameof(Rounding))]
    public void An_amount_is_rounded_to_its_currencys_minor_units_half_away_from_zero(string currency, decimal amount, decimal expected) =>
        Money.Of(amount, currency).Amount.ShouldBe(expected);

    [Theory]
    [InlineData("USD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    [InlineData("BHD", 3)]
    [InlineData("CLP", 0)]
    public void Each_currency_knows_its_ISO_4217_minor_units(string code, int minorUnits) =>
        Currency.Of(code).MinorUnits.ShouldBe(minorUnits);

    [Fact]
    public void Rounding_is_never_bankers_rounding() =>
        Money.Of(0.125m, "USD").Amount.ShouldNotBe(Math.Round(0.125m, 2));

    [Fact]
    public void Codes_are_accepted_in_any_case_and_kept_upper_case() =>
        Money.Of(1m, "eur").Currency.Code.ShouldBe("EUR");

    [Theory]
    [InlineData("XYZ")]
    [InlineData("US")]
    [InlineData("")]
    public void An_unsupported_code_is_refused_naming_the_field(string code)
    {
        var error = Should.Throw<InvalidValueException>(() => Currency.Of(code, "payoutCurrency"));
        error.Field.ShouldBe("payoutCurrency");
        error.Message.ShouldContain("EUR");
    }

    [Fact]
    public void The_supported_set_covers_the_platforms_regions() =>
        new[] { "USD", "EUR", "GBP", "JPY", "BRL", "MXN", "INR", "AUD", "KWD", "AED" }.ShouldAllBe(c => Currency.IsSupported(c));
}
