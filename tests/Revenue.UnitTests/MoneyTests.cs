using Revenue.Domain;

namespace Revenue.UnitTests;

/// <summary>CONTRACT.md conventions: amounts are rounded to cents, half away from zero; shares are percents 0–100.</summary>
public sealed class MoneyTests
{
    public static TheoryData<decimal, decimal> Rounding => new()
    {
        { 0.005m, 0.01m },
        { -0.005m, -0.01m },
        { 2.675m, 2.68m },
        { 2.665m, 2.67m },
        { -2.665m, -2.67m },
        { 0.0049m, 0.00m },
        { 1.234m, 1.23m },
        { 10_000m, 10_000m },
    };

    [Theory]
    [MemberData(nameof(Rounding))]
    public void Amounts_are_rounded_to_cents_half_away_from_zero(decimal amount, decimal expected) =>
        Money.Round(amount).ShouldBe(expected);

    [Fact]
    public void Rounding_is_not_bankers_rounding()
    {
        Money.Round(0.125m).ShouldBe(0.13m);
        Money.Round(0.125m).ShouldNotBe(Math.Round(0.125m, 2));
    }

    public static TheoryData<decimal, decimal, decimal> Percents => new()
    {
        { 50_000m, 20m, 10_000m },
        { 50_000m, 22m, 11_000m },
        { 10m, 33.333m, 3.33m },
        { 0.50m, 1m, 0.01m },
        { -0.50m, 1m, -0.01m },
        { 1_234.56m, 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(Percents))]
    public void Percent_is_that_percent_of_the_amount_to_the_cent(decimal amount, decimal percent, decimal expected) =>
        Money.Percent(amount, percent).ShouldBe(expected);

    public static TheoryData<decimal, decimal, decimal> Shares => new()
    {
        { 25m, 100m, 25m },
        { 1m, 3m, 33.33m },
        { 2m, 3m, 66.67m },
        { 40_000m, 40_000m, 100m },
        { 0m, 500m, 0m },
    };

    [Theory]
    [MemberData(nameof(Shares))]
    public void Share_is_the_part_as_a_percent_of_the_whole_to_two_decimals(decimal part, decimal whole, decimal expected) =>
        Money.Share(part, whole).ShouldBe(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Share_of_a_zero_whole_is_zero_rather_than_a_division_error(int part) =>
        Money.Share(part, 0m).ShouldBe(0m);
}
