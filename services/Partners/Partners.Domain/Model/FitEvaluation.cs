namespace Partners.Domain.Model;

/// <summary>The latest recruitment evaluation of a partner.</summary>
public sealed class FitEvaluation
{
    private FitEvaluation()
    {
    }

    public FitEvaluation(FitScores scores, decimal fitScore, string? notes, DateTimeOffset evaluatedAt)
    {
        ArgumentNullException.ThrowIfNull(scores);
        MarketReach = scores.MarketReach;
        TechnicalCapability = scores.TechnicalCapability;
        SalesCapacity = scores.SalesCapacity;
        StrategicAlignment = scores.StrategicAlignment;
        CustomerBase = scores.CustomerBase;
        FitScore = fitScore;
        Notes = notes;
        EvaluatedAt = evaluatedAt;
    }

    public int MarketReach { get; private set; }

    public int TechnicalCapability { get; private set; }

    public int SalesCapacity { get; private set; }

    public int StrategicAlignment { get; private set; }

    public int CustomerBase { get; private set; }

    public decimal FitScore { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public FitScores Scores => new(MarketReach, TechnicalCapability, SalesCapacity, StrategicAlignment, CustomerBase);
}
