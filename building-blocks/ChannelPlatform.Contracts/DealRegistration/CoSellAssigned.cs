namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>
/// A vendor sales engineer was assigned to a partner's co-sell request (again, when it is handed to another one).
/// </summary>
/// <param name="Type">Demo, Poc, TechnicalValidation, ExecutiveSponsor or PricingSupport.</param>
/// <param name="SalesEngineer">The vendor's sales engineer now on the request.</param>
[Exchange("dealreg.cosell-assigned")]
public sealed record CoSellAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DealId,
    Guid PartnerId,
    Guid RequestId,
    string Type,
    string SalesEngineer) : IIntegrationEvent;
