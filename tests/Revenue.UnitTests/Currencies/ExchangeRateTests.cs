using ChannelPlatform.SharedKernel;
using Revenue.Domain.Rates;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Currencies;

/// <summary>Rates against the reporting currency, effective from a date until the next one.</summary>
public sealed class ExchangeRateTests
{
    private static ExchangeRate Eur(string from, decimal rate) => ExchangeRate.Set(Given.Eur, DateOnly.Parse(from), rate, Usd, "treasury", Now);

    [Fact]
    public void The_rate_in_force_is_the_latest_effective_on_or_before_the_date()
    {
        var rates = new[] { Eur("2026-01-01", 1.0710m), Eur("2026-05-01", 1.0842m), Eur("2026-06-01", 1.0915m) };

        ExchangeRate.InForceOn(rates, new DateOnly(2026, 5, 14))!.Rate.ShouldBe(1.0842m);
        ExchangeRate.InForceOn(rates, new DateOnly(2026, 5, 1))!.Rate.ShouldBe(1.0842m);
        ExchangeRate.InForceOn(rates, new DateOnly(2030, 1, 1))!.Rate.ShouldBe(1.0915m);
        ExchangeRate.InForceOn(rates, new DateOnly(2025, 12, 31)).ShouldBeNull();
    }

    [Fact]
    public void The_reporting_currency_has_no_rate_of_its_own() =>
        DomainAssert.InvalidValue(() => ExchangeRate.Set(Usd, new DateOnly(2026, 1, 1), 1m, Usd, "treasury", Now), "currency");

    [Theory]
    [InlineData(0)]
    [InlineData(-1.08)]
    [InlineData(1_000_000_000)]
    [InlineData(1.00000000001)]
    public void A_rate_is_positive_bounded_and_has_at_most_ten_decimals(decimal rate) =>
        DomainAssert.InvalidValue(() => Eur("2026-01-01", rate), "rate");

    [Fact]
    public void A_correction_replaces_the_rate_of_that_date()
    {
        var rate = Eur("2026-05-01", 1.0824m);

        rate.Correct(1.0842m, "treasury", Now);

        rate.Rate.ShouldBe(1.0842m);
    }

    [Fact]
    public void A_missing_rate_names_currency_and_date()
    {
        var rule = new ExchangeRateMustBeKnown("EUR", new DateOnly(2026, 5, 14));

        rule.Message.ShouldContain("EUR");
        rule.Message.ShouldContain("2026-05-14");
        rule.WaitingFor.ShouldStartWith(ExchangeRateMustBeKnown.WaitingPrefix);
    }

    [Fact]
    public void A_dated_rate_converts_only_its_own_currency() =>
        Should.Throw<CurrencyMismatchException>(() => EurRate.Convert(Dollars(1m), UsdRate));
}
