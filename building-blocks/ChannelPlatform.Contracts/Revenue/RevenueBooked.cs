namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// Partner revenue was booked (from a won deal), with the partner's compensation on it.
/// </summary>
/// <param name="Amount">The booked amount, in <paramref name="Currency"/> (the deal's).</param>
/// <param name="Currency">ISO 4217 code of Amount and CompensationAmount.</param>
/// <param name="CompensationAmount">The partner's compensation, computed in the deal's currency.</param>
/// <param name="ReportingAmount">Amount in the platform's reporting currency at the rate of the booking date (added by issue 15).</param>
/// <param name="ReportingCurrency">ISO 4217 code of ReportingAmount.</param>
/// <param name="ExchangeRate">Units of the reporting currency per unit of Currency used (1 when they are the same).</param>
/// <param name="PayoutCompensationAmount">The compensation in the partner's payout currency, at the booking date's rates.</param>
/// <param name="PayoutCurrency">ISO 4217 code of PayoutCompensationAmount.</param>
[Exchange("revenue.booked")]
public sealed record RevenueBooked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BookingId,
    Guid PartnerId,
    Guid DealId,
    decimal Amount,
    string Currency,
    DateOnly BookedOn,
    decimal CompensationAmount,
    decimal? ReportingAmount = null,
    string? ReportingCurrency = null,
    decimal? ExchangeRate = null,
    decimal? PayoutCompensationAmount = null,
    string? PayoutCurrency = null) : IIntegrationEvent;
