namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// An agreement became the partner's active one; its terms apply from EffectiveFrom.
/// </summary>
/// <param name="PartnerType">Reseller, SystemIntegrator, Referral, Technology or Msp.</param>
/// <param name="MarginPercent">Reseller and Msp; null for other types.</param>
/// <param name="CommissionPercent">Referral; null for other types.</param>
/// <param name="ReferralFeePercent">SystemIntegrator; null for other types.</param>
/// <param name="RevenueSharePercent">Technology; null for other types.</param>
/// <param name="ExpiresOn">Null when the agreement has no fixed term.</param>
/// <param name="PayoutCurrency">
/// ISO 4217 code the partner's compensation is paid in (added by issue 15; null from older producers: the reporting currency).
/// </param>
[Exchange("partner.agreement-signed")]
public sealed record PartnerAgreementSigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    Guid AgreementId,
    string PartnerType,
    decimal? MarginPercent,
    decimal? CommissionPercent,
    decimal? ReferralFeePercent,
    decimal? RevenueSharePercent,
    DateOnly EffectiveFrom,
    DateOnly? ExpiresOn,
    string? PayoutCurrency = null) : IIntegrationEvent;
