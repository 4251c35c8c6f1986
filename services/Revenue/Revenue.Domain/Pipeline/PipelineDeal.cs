using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Pipeline;

public enum PipelineStatus
{
    Open,
    Won,
    Lost,
    Expired,
}

/// <summary>
/// A partner deal in the pipeline, from dealreg.deal-approved, closed by won/lost/expired. Order-tolerant:
/// a close that arrives before the approval creates the row closed, and a closed deal never re-opens.
/// </summary>
public sealed class PipelineDeal
{
    private PipelineDeal()
    {
    }

    public Guid DealId { get; private set; }

    public Guid PartnerId { get; private set; }

    public decimal EstimatedValue { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public DateOnly? ExpectedCloseDate { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public PipelineStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public decimal? WonValue { get; private set; }

    public static PipelineDeal Unknown(Guid dealId, Guid partnerId) => new() { DealId = dealId, PartnerId = partnerId, Status = PipelineStatus.Open };

    public void Approved(decimal estimatedValue, string currency, DateOnly expectedCloseDate, DateOnly approvedOn)
    {
        EstimatedValue = estimatedValue;
        Currency = currency;
        ExpectedCloseDate = expectedCloseDate;
        ApprovedOn = approvedOn;
    }

    public void Won(decimal value, string currency, DateOnly closedOn)
    {
        if (Status != PipelineStatus.Open)
            return;
        Status = PipelineStatus.Won;
        WonValue = value;
        Currency = currency;
        ClosedOn = closedOn;
    }

    public void Lost(DateOnly closedOn) => Close(PipelineStatus.Lost, closedOn);

    public void Expired(DateOnly closedOn) => Close(PipelineStatus.Expired, closedOn);

    private void Close(PipelineStatus status, DateOnly closedOn)
    {
        if (Status != PipelineStatus.Open)
            return;
        Status = status;
        ClosedOn = closedOn;
    }
}

/// <summary>The forecast rules (CONTRACT.md): a partner's trailing win rate, 30 % until it has 5 closed deals.</summary>
public static class Forecasting
{
    public const decimal DefaultWinRatePercent = 30m;
    public const int ClosedDealsForOwnRate = 5;

    public static decimal WinRatePercent(int won, int lost) =>
        won + lost < ClosedDealsForOwnRate ? DefaultWinRatePercent : Percentages.Round(won * 100m / (won + lost));

    /// <summary>booked + openPipeline × winRate / 100, in the reporting currency, rounded once.</summary>
    public static Money Forecast(Money booked, Money openPipeline, decimal winRatePercent) => booked + openPipeline.Percent(winRatePercent);
}
