using Revenue.Domain.Pipeline;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Pipeline;

/// <summary>Forecast = booked + open pipeline × win rate / 100; the win rate is 30 % until the partner has 5 closed deals.</summary>
public sealed class ForecastingTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(0, 4)]
    [InlineData(3, 1)]
    public void Under_five_closed_deals_the_win_rate_is_the_default_30(int won, int lost) =>
        Forecasting.WinRatePercent(won, lost).ShouldBe(30m);

    public static TheoryData<int, int, decimal> OwnRates => new()
    {
        { 3, 2, 60m },
        { 5, 0, 100m },
        { 0, 5, 0m },
        { 1, 4, 20m },
        { 1, 5, 16.67m },
        { 2, 4, 33.33m },
        { 2, 1_000, 0.20m },
    };

    [Theory]
    [MemberData(nameof(OwnRates))]
    public void From_five_closed_deals_the_partners_own_rate_is_used_rounded_to_two_decimals(int won, int lost, decimal expected) =>
        Forecasting.WinRatePercent(won, lost).ShouldBe(expected);

    [Fact]
    public void The_defaults_are_30_percent_and_5_closed_deals()
    {
        Forecasting.DefaultWinRatePercent.ShouldBe(30m);
        Forecasting.ClosedDealsForOwnRate.ShouldBe(5);
    }

    public static TheoryData<decimal, decimal, decimal, decimal> Forecasts => new()
    {
        { 100_000m, 50_000m, 30m, 115_000m },
        { 0m, 50_000m, 60m, 30_000m },
        { 25_000m, 0m, 100m, 25_000m },
        { 0m, 333.33m, 33.33m, 111.10m },
        { 0m, 0.01m, 50m, 0.01m },
        { 10m, 12_345.67m, 16.67m, 2_068.02m },
    };

    [Theory]
    [MemberData(nameof(Forecasts))]
    public void The_forecast_is_booked_plus_the_weighted_open_pipeline_rounded_to_cents(decimal booked, decimal openPipeline, decimal winRate, decimal expected) =>
        Forecasting.Forecast(Dollars(booked), Dollars(openPipeline), winRate).ShouldBe(Dollars(expected));
}
