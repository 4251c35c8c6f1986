namespace DealRegistration.Application.Abstractions;

public sealed record DealKpis(
    int Submitted,
    int Approved,
    int Rejected,
    int Pending,
    int Overdue,
    double? MedianDecisionHours,
    double? P90DecisionHours,
    double? DecidedWithinSlaPercent,
    double? ApprovalRate,
    double? WinRate);

/// <summary>A campaign's counts, and its open pipeline and won revenue per deal currency (amounts of two currencies never add).</summary>
public sealed record CampaignRollup(int LeadCount, int ConvertedDeals, IReadOnlyList<CurrencyRollup> ByCurrency);

public sealed record CurrencyRollup(string Currency, decimal Pipeline, decimal WonRevenue);

/// <summary>Aggregates computed in SQL (percentiles, sums), never by loading rows.</summary>
public interface IDealStatistics
{
    Task<DealKpis> KpisAsync(DateTimeOffset from, DateTimeOffset to, Guid? partnerId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<CampaignRollup> CampaignAsync(Guid campaignId, CancellationToken cancellationToken);
}
