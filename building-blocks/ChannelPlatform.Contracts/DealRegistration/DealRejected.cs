namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A registered deal was rejected.
/// </summary>
/// <param name="DecisionHours">Hours from submission to decision.</param>
[Exchange("dealreg.deal-rejected")]
public sealed record DealRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    string Reason,
    double DecisionHours) : IIntegrationEvent;
