namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A deal is still undecided 36 h after submission (published once).
/// </summary>
[Exchange("dealreg.deal-sla-at-risk")]
public sealed record DealSlaAtRisk(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    DateTimeOffset DecisionDueAt) : IIntegrationEvent;
