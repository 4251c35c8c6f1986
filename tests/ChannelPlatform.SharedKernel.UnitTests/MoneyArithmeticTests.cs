using ChannelPlatform.SharedKernel;

namespace ChannelPlatform.SharedKernel.UnitTests;

/// <summary>Amounts in one currency add up exactly; amounts in two currencies never meet without a conversion.</summary>
public sealed class MoneyArithmeticTests
{
    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Fact]
    public void Amounts_in_one_currency_add_and_subtract_exactly()
    {
        (Eur(0.10m) + Eur(0.20m)).ShouldBe(Eur(0.30m));
        (Eur(100m) - Eur(100.01m)).ShouldBe(Eur(-0.01m));
        Money.Sum([Eur(1.11m), Eur(2.22m), Eur(3.33m)], Currency.Of("EUR")).ShouldBe(Eur(6.66m));
    }

    [Fact]
    public void Amounts_in_two_currencies_are_never_added()
    {
        Should.Throw<CurrencyMismatchException>(() => Eur(1m) + Usd(1m));
        Should.Throw<CurrencyMismatchException>(() => Eur(1m) - Usd(1m));
        Should.Throw<CurrencyMismatchException>(() => Money.Sum([Eur(1m), Usd(1m)], Currency.Of("EUR")));
    }

    [Fact]
    public void Amounts_in_two_currencies_are_never_compared() =>
        Should.Throw<CurrencyMismatchException>(() => Eur(1m) < Usd(2m));

    [Fact]
    public void The_same_number_in_two_currencies_is_not_equal_money() =>
        Eur(5m).ShouldNotBe(Usd(5m));

    [Theory]
    [InlineData(50_000, 20, 10_000)]
    [InlineData(10, 33.333, 3.33)]
    [InlineData(0.5, 1, 0.01)]
    [InlineData(-0.5, 1, -0.01)]
    public void A_percent_is_rounded_once_to_the_cent(decimal amount, decimal percent, decimal expected) =>
        Eur(amount).Percent(percent).ShouldBe(Eur(expected));

    [Fact]
    public void A_percent_of_yen_has_no_decimals() =>
        Money.Of(1_000_005m, "JPY").Percent(20m).Amount.ShouldBe(200_001m);

    [Fact]
    public void A_percent_of_dinars_keeps_three_decimals() =>
        Money.Of(1_234.567m, "KWD").Percent(20m).Amount.ShouldBe(246.913m);

    [Fact]
    public void Comparisons_in_one_currency_work()
    {
        (Eur(1m) < Eur(1.01m)).ShouldBeTrue();
        Eur(3m).Min(Eur(2m)).ShouldBe(Eur(2m));
        Eur(-1m).IsNegative.ShouldBeTrue();
    }
}
