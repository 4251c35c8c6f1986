namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A partner's co-sell request was completed by the vendor's sales engineer.
/// </summary>
/// <param name="Type">Demo, Poc, TechnicalValidation, ExecutiveSponsor or PricingSupport.</param>
[Exchange("dealreg.cosell-completed")]
public sealed record CoSellCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    Guid RequestId,
    string Type,
    string SalesEngineer,
    string Outcome) : IIntegrationEvent;
