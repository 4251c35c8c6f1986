using Partners.Domain.Model;

namespace Partners.UnitTests;

public sealed class FitScoreTests
{
    /// <summary>The documented formula, term by term: each criterion contributes weight × (score − 1) / 4.</summary>
    private static decimal ExpectedScore(FitScores s)
    {
        var w = FitScores.Weights;
        var sum = (w["marketReach"] * (s.MarketReach - 1))
            + (w["technicalCapability"] * (s.TechnicalCapability - 1))
            + (w["salesCapacity"] * (s.SalesCapacity - 1))
            + (w["strategicAlignment"] * (s.StrategicAlignment - 1))
            + (w["customerBase"] * (s.CustomerBase - 1));
        return Math.Round(sum / 4m * 100m, 1, MidpointRounding.AwayFromZero);
    }

    [Fact]
    public void The_weights_are_25_20_20_20_15_percent_and_add_up_to_one()
    {
        FitScores.Weights["marketReach"].ShouldBe(0.25m);
        FitScores.Weights["technicalCapability"].ShouldBe(0.20m);
        FitScores.Weights["salesCapacity"].ShouldBe(0.20m);
        FitScores.Weights["strategicAlignment"].ShouldBe(0.20m);
        FitScores.Weights["customerBase"].ShouldBe(0.15m);
        FitScores.Weights.Values.Sum().ShouldBe(1m);
    }

    [Fact]
    public void All_fives_score_100_and_qualify()
    {
        var scores = new FitScores(5, 5, 5, 5, 5);

        scores.FitScore.ShouldBe(100m);
        scores.Qualifies.ShouldBeTrue();
    }

    [Fact]
    public void All_ones_score_0_and_decline()
    {
        var scores = new FitScores(1, 1, 1, 1, 1);

        scores.FitScore.ShouldBe(0m);
        scores.Qualifies.ShouldBeFalse();
    }

    [Fact]
    public void All_threes_score_50_and_decline()
    {
        var scores = new FitScores(3, 3, 3, 3, 3);

        scores.FitScore.ShouldBe(50m);
        scores.Qualifies.ShouldBeFalse();
    }

    [Theory]
    [InlineData(5, 1, 1, 1, 1, 25)]
    [InlineData(1, 5, 1, 1, 1, 20)]
    [InlineData(1, 1, 5, 1, 1, 20)]
    [InlineData(1, 1, 1, 5, 1, 20)]
    [InlineData(1, 1, 1, 1, 5, 15)]
    public void A_single_top_criterion_contributes_exactly_its_weight(int market, int technical, int sales, int strategic, int customers, int expected)
    {
        new FitScores(market, technical, sales, strategic, customers).FitScore.ShouldBe(expected);
    }

    [Fact]
    public void A_mix_scoring_exactly_60_qualifies()
    {
        // 3s everywhere, technical capability and sales capacity one higher: (0.20 + 0.20) / 4 above 50.
        var scores = new FitScores(3, 4, 4, 3, 3);

        scores.FitScore.ShouldBe(ExpectedScore(scores));
        scores.FitScore.ShouldBe(FitScores.QualifyingScore);
        scores.Qualifies.ShouldBeTrue();
    }

    [Fact]
    public void A_mix_just_above_60_qualifies()
    {
        var scores = new FitScores(4, 4, 3, 3, 3);

        scores.FitScore.ShouldBe(ExpectedScore(scores));
        scores.FitScore.ShouldBe(61.3m);
        scores.Qualifies.ShouldBeTrue();
    }

    [Fact]
    public void A_mix_just_below_60_declines()
    {
        // The closest a mix gets under the threshold: 0.20 + 0.15 instead of 0.40 above the 3s.
        var scores = new FitScores(3, 4, 3, 3, 4);

        scores.FitScore.ShouldBe(ExpectedScore(scores));
        scores.FitScore.ShouldBe(58.8m);
        scores.Qualifies.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, "marketReach")]
    [InlineData(6, "marketReach")]
    [InlineData(0, "technicalCapability")]
    [InlineData(6, "technicalCapability")]
    [InlineData(0, "salesCapacity")]
    [InlineData(6, "salesCapacity")]
    [InlineData(0, "strategicAlignment")]
    [InlineData(6, "strategicAlignment")]
    [InlineData(-1, "customerBase")]
    [InlineData(6, "customerBase")]
    public void A_score_outside_1_to_5_is_refused_naming_the_criterion(int score, string field)
    {
        var scores = new FitScores(
            field == "marketReach" ? score : 3,
            field == "technicalCapability" ? score : 3,
            field == "salesCapacity" ? score : 3,
            field == "strategicAlignment" ? score : 3,
            field == "customerBase" ? score : 3);

        var exception = DomainAssert.InvalidValue(() => _ = scores.FitScore, field);
        exception.Message.ShouldContain("between 1 and 5");
    }
}
