namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A partner signed its first agreement and became Active.
/// </summary>
/// <param name="Type">Reseller, SystemIntegrator, Referral, Technology or Msp.</param>
/// <param name="Tier">Registered, Silver, Gold or Platinum. Registered on activation.</param>
/// <param name="ProtectionDays">Deal protection days of the tier (added so consumers need no tier-changed event at activation).</param>
/// <param name="MarginBonusPercent">The tier's margin bonus, 0–100.</param>
/// <param name="MdfPercent">The tier's MDF percent, 0–100.</param>
/// <param name="Region">NorthAmerica, LatinAmerica, Emea or Apac.</param>
[Exchange("partner.activated")]
public sealed record PartnerActivated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    string Name,
    string Type,
    string Tier,
    string Region,
    string Country,
    DateTimeOffset ActivatedAt,
    int ProtectionDays,
    decimal MarginBonusPercent,
    decimal MdfPercent) : IIntegrationEvent;
