using ChannelPlatform.SharedKernel;

namespace ChannelPlatform.SharedKernel.UnitTests;

/// <summary>A conversion multiplies by a rate (units of the target per unit) and rounds once, to the target's minor units.</summary>
public sealed class MoneyConversionTests
{
    private static readonly Currency Usd = Currency.Of("USD");

    [Fact]
    public void The_issues_euro_deal_is_54_210_dollars_at_1_0842() =>
        Money.Of(50_000m, "EUR").ConvertTo(Usd, 1.0842m).ShouldBe(Money.Of(54_210.00m, "USD"));

    [Fact]
    public void A_conversion_rounds_to_the_target_currencys_minor_units()
    {
        Money.Of(1_000_000m, "JPY").ConvertTo(Usd, 0.0066789m).Amount.ShouldBe(6_678.90m);
        Money.Of(1m, "USD").ConvertTo(Currency.Of("JPY"), 149.5m).Amount.ShouldBe(150m);
        Money.Of(1_000m, "USD").ConvertTo(Currency.Of("KWD"), 0.30715m).Amount.ShouldBe(307.150m);
        Money.Of(0.333m, "KWD").ConvertTo(Usd, 3.2555m).Amount.ShouldBe(1.08m);
    }

    [Fact]
    public void A_cross_conversion_through_the_pivot_is_rounded_once_not_twice()
    {
        // A cent of euro in yen through the dollar (1.0842 $/€, 0.0066789 $/¥): rounding the dollar leg first would give
        // $0.01 → ¥1; the two rates meet exactly instead ($0.010842 → ¥1.62…) and one rounding gives ¥2.
        Money.Of(0.01m, "EUR").ConvertTo(Currency.Of("JPY"), 1.0842m, 0.0066789m).Amount.ShouldBe(2m);
        Money.Of(1_000m, "EUR").ConvertTo(Currency.Of("GBP"), 1.0842m, 1.2710m).ShouldBe(Money.Of(853.03m, "GBP"));
    }

    [Fact]
    public void Converting_into_the_same_currency_at_equal_rates_is_the_amount_itself() =>
        Money.Of(12.34m, "EUR").ConvertTo(Currency.Of("EUR"), 1.0842m, 1.0842m).ShouldBe(Money.Of(12.34m, "EUR"));

    [Theory]
    [InlineData(0)]
    [InlineData(-1.5)]
    public void A_rate_is_positive(decimal rate) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Money.Of(1m, "EUR").ConvertTo(Usd, rate));
}
