using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Model;

/// <summary>
/// A recruitment evaluation: five criteria scored 1–5, weighted into a fit score of 0–100
/// (each criterion contributes weight × (score − 1) / 4). 60 or more qualifies.
/// </summary>
public sealed record FitScores(int MarketReach, int TechnicalCapability, int SalesCapacity, int StrategicAlignment, int CustomerBase)
{
    public const decimal QualifyingScore = 60m;

    public static readonly IReadOnlyDictionary<string, decimal> Weights = new Dictionary<string, decimal>
    {
        ["marketReach"] = 0.25m,
        ["technicalCapability"] = 0.20m,
        ["salesCapacity"] = 0.20m,
        ["strategicAlignment"] = 0.20m,
        ["customerBase"] = 0.15m,
    };

    public decimal FitScore
    {
        get
        {
            Check(nameof(MarketReach), MarketReach);
            Check(nameof(TechnicalCapability), TechnicalCapability);
            Check(nameof(SalesCapacity), SalesCapacity);
            Check(nameof(StrategicAlignment), StrategicAlignment);
            Check(nameof(CustomerBase), CustomerBase);
            var weighted = (Weights["marketReach"] * MarketReach)
                + (Weights["technicalCapability"] * TechnicalCapability)
                + (Weights["salesCapacity"] * SalesCapacity)
                + (Weights["strategicAlignment"] * StrategicAlignment)
                + (Weights["customerBase"] * CustomerBase);
            return Math.Round((weighted - 1m) / 4m * 100m, 1, MidpointRounding.AwayFromZero);
        }
    }

    public bool Qualifies => FitScore >= QualifyingScore;

    private static void Check(string name, int score)
    {
        if (score is < 1 or > 5)
            throw new InvalidValueException(char.ToLowerInvariant(name[0]) + name[1..], $"{name} must be between 1 and 5.");
    }
}
