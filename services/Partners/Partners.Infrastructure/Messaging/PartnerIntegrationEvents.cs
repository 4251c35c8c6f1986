using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;
using Partners.Domain.Tiers;
using Contract = ChannelPlatform.Contracts.Partners;

namespace Partners.Infrastructure.Messaging;

/// <summary>Everything the Partner service publishes, in one place: domain event → integration event (EVENTS.md).</summary>
internal sealed class PartnerIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        var id = Guid.CreateVersion7();
        IIntegrationEvent? mapped = domainEvent switch
        {
            PartnerProspectCreated e => new Contract.PartnerProspectCreated(id, e.OccurredAt, e.Partner.Id, e.Partner.Name, e.Partner.Type.ToString(), e.Partner.Region.ToString()),
            PartnerActivated e => new Contract.PartnerActivated(
                id, e.OccurredAt, e.Partner.Id, e.Partner.Name, e.Partner.Type.ToString(), e.Tier.Tier.ToString(), e.Partner.Region.ToString(),
                e.Partner.Country, e.Partner.ActivatedAt ?? e.OccurredAt, e.Tier.ProtectionDays, e.Tier.MarginBonusPercent, e.Tier.MdfPercent),
            PartnerSuspended e => new Contract.PartnerSuspended(id, e.OccurredAt, e.Partner.Id, e.Reason),
            PartnerReactivated e => new Contract.PartnerReactivated(id, e.OccurredAt, e.Partner.Id),
            PartnerTerminated e => new Contract.PartnerTerminated(id, e.OccurredAt, e.Partner.Id, e.Reason),
            PartnerTierChanged e => new Contract.PartnerTierChanged(
                id, e.OccurredAt, e.Partner.Id, e.FromTier.ToString(), e.ToTier.Tier.ToString(), e.Reason,
                e.ToTier.ProtectionDays, e.ToTier.MarginBonusPercent, e.ToTier.MdfPercent),
            AgreementSigned e => new Contract.PartnerAgreementSigned(
                id, e.OccurredAt, e.Partner.Id, e.Agreement.Id, e.Partner.Type.ToString(),
                e.Agreement.MarginPercent, e.Agreement.CommissionPercent, e.Agreement.ReferralFeePercent, e.Agreement.RevenueSharePercent,
                e.Agreement.EffectiveFrom, e.Agreement.ExpiresOn, e.Agreement.PayoutCurrency),
            ContactAdded e => new Contract.PartnerContactAdded(
                id, e.OccurredAt, e.Partner.Id, e.Contact.Id, e.Contact.FirstName, e.Contact.LastName, e.Contact.Email, e.Contact.Role.ToString()),
            ContactDeactivated e => new Contract.PartnerContactDeactivated(id, e.OccurredAt, e.Partner.Id, e.Contact.Id),
            TierProgramUpdated e => new Contract.TierProgramUpdated(
                id, e.OccurredAt, e.Definition.Tier.ToString(), e.Definition.MinTrailingRevenue, e.Definition.MinCertifiedReps,
                e.Definition.MarginBonusPercent, e.Definition.MdfPercent, e.Definition.ProtectionDays, e.Definition.Version),
            _ => null, // evaluated, agreement drafted: internal only
        };
        return mapped is null ? [] : [mapped];
    }
}
