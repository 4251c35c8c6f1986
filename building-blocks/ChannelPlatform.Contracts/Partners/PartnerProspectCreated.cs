namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A partner applied and was recorded as a prospect.
/// </summary>
/// <param name="Type">Reseller, SystemIntegrator, Referral, Technology or Msp.</param>
/// <param name="Region">NorthAmerica, LatinAmerica, Emea or Apac.</param>
[Exchange("partner.prospect-created")]
public sealed record PartnerProspectCreated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    string Name,
    string Type,
    string Region) : IIntegrationEvent;
