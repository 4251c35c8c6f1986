namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A booking was adjusted (refund, credit or correction); the compensation moved in proportion.
/// </summary>
/// <param name="Amount">The change, not the new total: negative for a refund or credit.</param>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
/// <param name="CompensationChange">The change of compensation in Currency, negative when clawed back.</param>
/// <param name="ReportingAmount">The change in the reporting currency, at the original booking's rate (added by issue 15).</param>
/// <param name="ReportingCurrency">ISO 4217 code of ReportingAmount.</param>
/// <param name="PayoutCompensationChange">The change of compensation in the payout currency, at the original booking's rates.</param>
/// <param name="PayoutCurrency">ISO 4217 code of PayoutCompensationChange.</param>
[Exchange("revenue.booking-adjusted")]
public sealed record BookingAdjusted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BookingId,
    Guid PartnerId,
    Guid DealId,
    decimal Amount,
    string Currency,
    DateOnly AdjustedOn,
    decimal CompensationChange,
    decimal? ReportingAmount = null,
    string? ReportingCurrency = null,
    decimal? PayoutCompensationChange = null,
    string? PayoutCurrency = null) : IIntegrationEvent;
