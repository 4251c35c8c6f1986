namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A partner moved to another tier (promotion, quarterly review or override), with the new tier's benefits.
/// </summary>
/// <param name="FromTier">Registered, Silver, Gold or Platinum.</param>
/// <param name="ToTier">Registered, Silver, Gold or Platinum.</param>
/// <param name="ProtectionDays">Deal protection days of the new tier.</param>
/// <param name="MarginBonusPercent">0–100.</param>
/// <param name="MdfPercent">0–100.</param>
[Exchange("partner.tier-changed")]
public sealed record PartnerTierChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    string FromTier,
    string ToTier,
    string Reason,
    int ProtectionDays,
    decimal MarginBonusPercent,
    decimal MdfPercent) : IIntegrationEvent;
