namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A partner's quarterly payout statement was paid.
/// </summary>
/// <param name="Quarter">As 2026-Q1.</param>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
[Exchange("revenue.payout-paid")]
public sealed record PayoutPaid(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PayoutId,
    Guid PartnerId,
    string Quarter,
    decimal Amount,
    string Currency,
    DateOnly PaidOn) : IIntegrationEvent;
