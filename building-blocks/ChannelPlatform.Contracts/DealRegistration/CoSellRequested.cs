namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A partner asked for co-selling help on a deal.
/// </summary>
/// <param name="Type">Demo, Poc, TechnicalValidation, ExecutiveSponsor or PricingSupport.</param>
[Exchange("dealreg.cosell-requested")]
public sealed record CoSellRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    Guid RequestId,
    string Type) : IIntegrationEvent;
