namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A tier's thresholds and benefits were edited; every partner on that tier has its new benefits from now on.
/// Consumers apply the edit with the highest <paramref name="Version"/> and ignore older ones (order is not guaranteed).
/// </summary>
/// <param name="Tier">Registered, Silver, Gold or Platinum.</param>
/// <param name="MarginBonusPercent">0–100.</param>
/// <param name="MdfPercent">0–100.</param>
/// <param name="ProtectionDays">Deal protection days of the tier.</param>
/// <param name="Version">The tier's program version, one more per edit.</param>
[Exchange("partner.tier-program-updated")]
public sealed record TierProgramUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Tier,
    decimal MinTrailingRevenue,
    int MinCertifiedReps,
    decimal MarginBonusPercent,
    decimal MdfPercent,
    int ProtectionDays,
    int Version) : IIntegrationEvent;
