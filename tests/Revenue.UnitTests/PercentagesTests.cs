using Revenue.Domain;

namespace Revenue.UnitTests;

/// <summary>CONTRACT.md conventions: shares are percents 0–100, to two decimals, half away from zero (money rounding is the SharedKernel's).</summary>
public sealed class PercentagesTests
{
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
        Percentages.Share(part, whole).ShouldBe(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Share_of_a_zero_whole_is_zero_rather_than_a_division_error(int part) =>
        Percentages.Share(part, 0m).ShouldBe(0m);

    [Fact]
    public void A_percent_is_rounded_half_away_from_zero() => Percentages.Round(0.125m).ShouldBe(0.13m);
}
