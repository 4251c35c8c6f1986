namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A booking was adjusted (refund, credit or correction); the compensation moved in proportion.
/// </summary>
/// <param name="Amount">The change, not the new total: negative for a refund or credit.</param>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
/// <param name="CompensationChange">The change of compensation, negative when clawed back.</param>
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
    decimal CompensationChange) : IIntegrationEvent;
