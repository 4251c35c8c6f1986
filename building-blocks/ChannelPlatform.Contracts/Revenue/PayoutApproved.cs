namespace ChannelPlatform.Contracts.Revenue;

/// <summary>
/// A partner's quarterly payout statement was approved for payment.
/// </summary>
/// <param name="Quarter">As 2026-Q1.</param>
/// <param name="Currency">ISO 4217 code of the amounts.</param>
[Exchange("revenue.payout-approved")]
public sealed record PayoutApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PayoutId,
    Guid PartnerId,
    string Quarter,
    decimal Amount,
    string Currency) : IIntegrationEvent;
