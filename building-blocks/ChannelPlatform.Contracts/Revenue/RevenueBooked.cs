namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// Partner revenue was booked (from a won deal), with the partner's compensation on it.
/// </summary>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
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
    decimal CompensationAmount) : IIntegrationEvent;
