namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A deal is still undecided past its 48 h decision SLA (published once).
/// </summary>
[Exchange("dealreg.deal-sla-breached")]
public sealed record DealSlaBreached(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    DateTimeOffset DecisionDueAt) : IIntegrationEvent;
